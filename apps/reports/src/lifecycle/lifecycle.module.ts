import { DynamicModule, Module } from '@nestjs/common';
import { LIFECYCLE_SETTINGS, LifecycleSettings } from './lifecycle-settings';
import { ReportTransitions } from './report-transitions.service';

/** The transition table's service and the lifecycle's settings, for every feature that moves a report. */
@Module({})
export class LifecycleModule {
  static forRoot(settings: LifecycleSettings): DynamicModule {
    return {
      module: LifecycleModule,
      global: true,
      providers: [{ provide: LIFECYCLE_SETTINGS, useValue: settings }, ReportTransitions],
      exports: [LIFECYCLE_SETTINGS, ReportTransitions],
    };
  }
}
