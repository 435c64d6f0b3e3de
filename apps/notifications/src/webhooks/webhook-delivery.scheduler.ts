import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IntervalJob } from '@waystation/platform';
import { WebhookDispatcher } from './webhook-dispatcher.service';
import { WEBHOOK_SETTINGS, WebhookSettings } from './webhook-settings';

/** Sends the due webhook deliveries on every replica every NOTIFICATIONS_WEBHOOK_INTERVAL_MS; the dispatcher makes that safe. */
@Injectable()
export class WebhookDeliveryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob;

  constructor(dispatcher: WebhookDispatcher, @Inject(WEBHOOK_SETTINGS) settings: WebhookSettings) {
    this.job = new IntervalJob(
      settings.intervalMs,
      async () => {
        const attempts = await dispatcher.sendDue(new Date());
        return attempts > 0 ? `Made ${attempts} webhook delivery attempts` : undefined;
      },
      new Logger(WebhookDeliveryScheduler.name),
    );
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
