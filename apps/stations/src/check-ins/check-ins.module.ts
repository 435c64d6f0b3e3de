import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AutoCheckOutScheduler } from './auto-check-out.scheduler';
import { AutoCheckOut } from './auto-check-out.service';
import { CheckInDesk } from './check-in-desk.service';
import { CHECK_IN_SETTINGS, CheckInSettings } from './check-in-settings';
import { CheckIn } from './check-in.entity';
import { CheckInsController } from './check-ins.controller';
import { VisitCounts } from './visit-counts.service';

@Module({})
export class CheckInsModule {
  static forRoot(settings: CheckInSettings): DynamicModule {
    return {
      module: CheckInsModule,
      imports: [TypeOrmModule.forFeature([CheckIn])],
      controllers: [CheckInsController],
      providers: [{ provide: CHECK_IN_SETTINGS, useValue: settings }, CheckInDesk, AutoCheckOut, AutoCheckOutScheduler, VisitCounts],
    };
  }
}
