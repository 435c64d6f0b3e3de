import { DynamicModule, Module } from '@nestjs/common';
import { ReportProgressModule } from '../report-progress/report-progress.module';
import { WebhookSettings } from '../webhooks/webhook-settings';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { DepartmentEventIntake } from './department-event-intake.service';
import { DepartmentEventsHandler } from './department-events.handler';

/** What the departments' moves on reports set off here: the reporter's notifications and the departments' webhooks. */
@Module({})
export class DepartmentEventsModule {
  static forRoot(webhooks: WebhookSettings): DynamicModule {
    return {
      module: DepartmentEventsModule,
      imports: [ReportProgressModule, WebhooksModule.forRoot(webhooks)],
      controllers: [DepartmentEventsHandler],
      providers: [DepartmentEventIntake],
    };
  }
}
