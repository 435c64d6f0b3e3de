import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IntervalJob } from '@waystation/platform';
import { PhoneCodes } from '../phone-sign-in/phone-codes.service';
import { RateLimiter } from '../rate-limits/rate-limiter.service';

const SWEEP_INTERVAL_MS = 60_000;

/**
 * Deletes what has expired: counters of ended windows and codes past their time. Both are already ignored when
 * read; this only keeps the tables small. Every replica sweeps; a second sweep finds nothing.
 */
@Injectable()
export class ExpiredRowsSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob;

  constructor(
    private readonly limiter: RateLimiter,
    private readonly codes: PhoneCodes,
  ) {
    const logger = new Logger(ExpiredRowsSweeper.name);
    // Rate-limit windows end all the time: what a sweep deleted is worth a debug line, not one a minute at info.
    this.job = new IntervalJob(SWEEP_INTERVAL_MS, () => this.sweep(), {
      log: (line) => logger.debug(line),
      warn: (line) => logger.warn(line),
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** What it deleted, for the log; undefined when nothing had expired. */
  async sweep(): Promise<string | undefined> {
    const counters = await this.limiter.forgetEnded();
    const codes = await this.codes.forgetExpired();
    return counters + codes > 0 ? `Deleted ${counters} ended rate-limit counters and ${codes} expired sign-in codes` : undefined;
  }
}
