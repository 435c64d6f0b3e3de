import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IntervalJob } from '@waystation/platform';
import { OverdueDetector } from './overdue-detector.service';
import { SLA_SETTINGS, SlaSettings } from './sla-settings';

/** Looks for overdue reports on every replica every REPORTS_OVERDUE_INTERVAL_MS; the detector makes that safe. */
@Injectable()
export class OverdueScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob;

  constructor(detector: OverdueDetector, @Inject(SLA_SETTINGS) settings: SlaSettings) {
    this.job = new IntervalJob(
      settings.overdueIntervalMs,
      async () => {
        const breaches = await detector.run();
        return breaches > 0 ? `Recorded ${breaches} SLA breaches` : undefined;
      },
      new Logger(OverdueScheduler.name),
    );
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
