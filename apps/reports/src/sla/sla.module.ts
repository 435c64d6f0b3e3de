import { DynamicModule, Module } from '@nestjs/common';
import { DepartmentFeedModule } from '../dispatch/department-feed.module';
import { EscalationsController } from './escalations.controller';
import { Escalations } from './escalations.service';
import { OverdueDetector } from './overdue-detector.service';
import { OverdueScheduler } from './overdue.scheduler';
import { ReportSlasController } from './report-slas.controller';
import { SlaDeadlines } from './sla-deadlines.service';
import { SlaPolicies } from './sla-policies.service';
import { SLA_SETTINGS, SlaSettings } from './sla-settings';

/** SLA policies, deadlines, the overdue job and the escalation view. Global: review and dispatch start deadlines. */
@Module({})
export class SlaModule {
  static forRoot(settings: SlaSettings): DynamicModule {
    return {
      module: SlaModule,
      global: true,
      imports: [DepartmentFeedModule],
      controllers: [ReportSlasController, EscalationsController],
      providers: [{ provide: SLA_SETTINGS, useValue: settings }, SlaPolicies, SlaDeadlines, OverdueDetector, OverdueScheduler, Escalations],
      exports: [SlaDeadlines],
    };
  }
}
