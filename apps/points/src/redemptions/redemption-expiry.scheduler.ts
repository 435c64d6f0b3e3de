import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IntervalJob } from '@waystation/platform';
import { RedemptionExpiry } from './redemption-expiry.service';
import { REDEMPTION_SETTINGS, RedemptionSettings } from './redemption-settings';

/** Expires uncollected redemptions on every replica every POINTS_REDEMPTION_EXPIRY_INTERVAL_MS; the expiry makes that safe. */
@Injectable()
export class RedemptionExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob;

  constructor(expiry: RedemptionExpiry, @Inject(REDEMPTION_SETTINGS) settings: RedemptionSettings) {
    this.job = new IntervalJob(
      settings.expiryIntervalMs,
      async () => {
        const expiredCount = await expiry.run();
        return expiredCount > 0 ? `Expired and refunded ${expiredCount} uncollected redemptions` : undefined;
      },
      new Logger(RedemptionExpiryScheduler.name),
    );
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
