import { Injectable } from '@nestjs/common';
import { Inbox } from '@waystation/messaging';
import { ReportProgressDelivery } from '../report-progress/report-progress-delivery.service';
import { WebhookEvent, WebhookFanOut } from '../webhooks/webhook-fan-out.service';

/**
 * The department-facing events, each taken once: in one inbox transaction the reporter hears of the move and the
 * departments' webhooks queue their deliveries. One intake, because the inbox records an event once per service:
 * a second handler of the same event would find it taken and do nothing.
 */
@Injectable()
export class DepartmentEventIntake {
  constructor(
    private readonly inbox: Inbox,
    private readonly reportProgress: ReportProgressDelivery,
    private readonly webhooks: WebhookFanOut,
  ) {}

  async take(events: WebhookEvent[]): Promise<void> {
    await this.inbox.processBatchOnce(events, async (manager, fresh) => {
      await this.reportProgress.deliverIn(manager, fresh);
      await this.webhooks.queueIn(manager, fresh);
    });
  }
}
