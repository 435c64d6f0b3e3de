import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DistrictTarget } from './district-target.entity';
import { ProgressController } from './progress.controller';
import { StationProgressReport } from './station-progress.service';

@Module({
  imports: [TypeOrmModule.forFeature([DistrictTarget])],
  controllers: [ProgressController],
  providers: [StationProgressReport],
})
export class ProgressModule {}
