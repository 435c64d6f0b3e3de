import type { HealthIndicatorResult } from '@nestjs/terminus';

export type ReadinessCheck = () => Promise<HealthIndicatorResult>;

/**
 * A dependency check that runs at most once per `ttlMs`, and never twice at a time: callers arriving while it
 * runs share its answer, and so do those arriving within `ttlMs` after it settled, failed or not. However often
 * readiness is asked (probes, a load balancer, someone hammering the public port), the dependency sees a check
 * every few seconds at most.
 */
export class CachedCheck {
  private current?: { promise: Promise<HealthIndicatorResult>; settledAt?: number };

  constructor(
    private readonly check: ReadinessCheck,
    private readonly ttlMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  run(): Promise<HealthIndicatorResult> {
    const current = this.current;
    if (current && (current.settledAt === undefined || this.now() - current.settledAt < this.ttlMs)) {
      return current.promise;
    }
    const next: { promise: Promise<HealthIndicatorResult>; settledAt?: number } = { promise: this.check() };
    const settle = () => {
      next.settledAt = this.now();
    };
    next.promise.then(settle, settle);
    this.current = next;
    return next.promise;
  }
}
