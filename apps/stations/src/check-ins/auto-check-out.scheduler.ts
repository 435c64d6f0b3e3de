import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IntervalJob } from '@waystation/platform';
import { AutoCheckOut } from './auto-check-out.service';
import { CHECK_IN_SETTINGS, CheckInSettings } from './check-in-settings';

/** Runs the auto check-out on every replica every interval; the check-out itself is safe on several at once. */
@Injectable()
export class AutoCheckOutScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob;

  constructor(autoCheckOut: AutoCheckOut, @Inject(CHECK_IN_SETTINGS) settings: CheckInSettings) {
    this.job = new IntervalJob(
      settings.autoCheckOutIntervalMs,
      async () => {
        const closed = await autoCheckOut.run();
        return closed > 0 ? `Checked out ${closed} check-ins past the time limit` : undefined;
      },
      new Logger(AutoCheckOutScheduler.name),
    );
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
