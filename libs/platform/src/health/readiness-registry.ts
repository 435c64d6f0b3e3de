import { Injectable } from '@nestjs/common';
import type { HealthIndicatorResult } from '@nestjs/terminus';
import { CachedCheck, type ReadinessCheck } from './cached-check';

export type { ReadinessCheck } from './cached-check';

/** How long a dependency check's answer is reused; readiness probes come every few seconds. */
const CHECK_CACHE_MS = 2_000;

/** Modules that own a dependency (database, Kafka) register how to check it; /health/ready runs them all. */
@Injectable()
export class ReadinessRegistry {
  private readonly checks: CachedCheck[] = [];

  add(check: ReadinessCheck): void {
    this.checks.push(new CachedCheck(check, CHECK_CACHE_MS));
  }

  all(): Array<() => Promise<HealthIndicatorResult>> {
    return this.checks.map((check) => () => check.run());
  }
}
