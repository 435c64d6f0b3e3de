import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AutoCheckOut } from './auto-check-out.service';
import { CHECK_IN_SETTINGS, CheckInSettings } from './check-in-settings';

/** Runs the auto check-out on every replica every interval; a run still going when the next is due is not doubled. */
@Injectable()
export class AutoCheckOutScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AutoCheckOutScheduler.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly autoCheckOut: AutoCheckOut,
    @Inject(CHECK_IN_SETTINGS) private readonly settings: CheckInSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.autoCheckOutIntervalMs === 0) return;
    this.timer = setInterval(() => this.tick(), this.settings.autoCheckOutIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.autoCheckOut
      .run()
      .then((closed) => {
        if (closed > 0) this.logger.log(`Checked out ${closed} check-ins past the time limit`);
      })
      .catch((error: Error) =>
        this.logger.warn(`Auto check-out failed, next run in ${this.settings.autoCheckOutIntervalMs} ms: ${error.message}`),
      )
      .finally(() => (this.running = undefined));
  }
}
