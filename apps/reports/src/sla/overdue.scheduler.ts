import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { OverdueDetector } from './overdue-detector.service';
import { SLA_SETTINGS, SlaSettings } from './sla-settings';

/** Looks for overdue reports on every replica every interval (the detector makes that safe); never two runs at once here. */
@Injectable()
export class OverdueScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OverdueScheduler.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly detector: OverdueDetector,
    @Inject(SLA_SETTINGS) private readonly settings: SlaSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.overdueIntervalMs === 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.detectOnce().finally(() => (this.running = undefined));
    }, this.settings.overdueIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async detectOnce(): Promise<void> {
    try {
      const breaches = await this.detector.run();
      if (breaches > 0) this.logger.log(`Recorded ${breaches} SLA breaches`);
    } catch (error) {
      this.logger.warn(`Overdue detection failed, next run in ${this.settings.overdueIntervalMs} ms: ${(error as Error).message}`);
    }
  }
}
