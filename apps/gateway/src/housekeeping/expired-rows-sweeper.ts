import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PhoneCodes } from '../phone-sign-in/phone-codes.service';
import { RateLimiter } from '../rate-limits/rate-limiter.service';

const SWEEP_INTERVAL_MS = 60_000;

/**
 * Deletes what has expired: counters of ended windows and codes past their time. Both are already ignored when
 * read; this only keeps the tables small. Every replica sweeps; a second sweep finds nothing.
 */
@Injectable()
export class ExpiredRowsSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ExpiredRowsSweeper.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly limiter: RateLimiter,
    private readonly codes: PhoneCodes,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<void> {
    try {
      const counters = await this.limiter.forgetEnded();
      const codes = await this.codes.forgetExpired();
      if (counters + codes > 0) this.logger.debug({ counters, codes }, 'expired sign-in rows deleted');
    } catch (error) {
      this.logger.warn({ err: error }, 'expired sign-in rows not deleted; the next sweep tries again');
    }
  }
}
