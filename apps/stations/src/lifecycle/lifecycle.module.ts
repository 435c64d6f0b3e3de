import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LifecycleController } from './lifecycle.controller';
import { StationLifecycle } from './station-lifecycle.service';
import { StationStatusChange } from './station-status-change.entity';

@Module({
  imports: [TypeOrmModule.forFeature([StationStatusChange])],
  controllers: [LifecycleController],
  providers: [StationLifecycle],
  exports: [StationLifecycle],
})
export class LifecycleModule {}
