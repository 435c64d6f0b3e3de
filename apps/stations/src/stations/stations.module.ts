import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreasModule } from '../areas/areas.module';
import { StationFinder } from './station-finder.service';
import { StationRegistry } from './station-registry.service';
import { Station } from './station.entity';
import { StationsController } from './stations.controller';

@Module({
  imports: [TypeOrmModule.forFeature([Station]), AreasModule],
  controllers: [StationsController],
  providers: [StationRegistry, StationFinder],
})
export class StationsModule {}
