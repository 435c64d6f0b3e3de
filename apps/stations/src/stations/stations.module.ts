import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreasModule } from '../areas/areas.module';
import { LifecycleModule } from '../lifecycle/lifecycle.module';
import { StationFinder } from './station-finder.service';
import { StationRegistry } from './station-registry.service';
import { Station } from './station.entity';
import { StationsController } from './stations.controller';

@Module({
  imports: [TypeOrmModule.forFeature([Station]), AreasModule, LifecycleModule],
  controllers: [StationsController],
  providers: [StationRegistry, StationFinder],
  exports: [StationRegistry, StationFinder],
})
export class StationsModule {}
