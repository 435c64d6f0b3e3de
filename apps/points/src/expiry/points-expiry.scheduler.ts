import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IntervalJob } from '@waystation/platform';
import { EXPIRY_SETTINGS, ExpirySettings } from './expiry-settings';
import { PointsExpiry } from './points-expiry.service';

/** Expires due points and warns of coming expiries on every replica every POINTS_EXPIRY_INTERVAL_MS; the job makes that safe. */
@Injectable()
export class PointsExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob;

  constructor(expiry: PointsExpiry, @Inject(EXPIRY_SETTINGS) settings: ExpirySettings) {
    this.job = new IntervalJob(
      settings.intervalMs,
      async () => {
        const { expired, warned } = await expiry.run();
        return expired + warned > 0 ? `Expired the points of ${expired} workers, warned ${warned}` : undefined;
      },
      new Logger(PointsExpiryScheduler.name),
    );
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
