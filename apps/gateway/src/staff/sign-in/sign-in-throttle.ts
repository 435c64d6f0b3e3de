/** How repeated failures of one username slow down and then lock its sign-in (settings, see the README). */
export interface SignInThrottlePolicy {
  /** Failures before the first delay. */
  slowDownAfter: number;
  /** The first delay; it doubles with every further failure. */
  firstDelayMs: number;
  /** Failures that lock the username… */
  lockAfter: number;
  /** …for this long; the count starts again afterwards. */
  lockMs: number;
}

export interface FailureRecord {
  failures: number;
  lastFailureAt: Date | null;
  lockedUntil: Date | null;
}

export type SignInVerdict = { allowed: true } | { allowed: false; reason: 'slowed-down' | 'locked'; retryAt: Date };

/** Whether a sign-in for a username with these failures may be tried now (before its password is checked). */
export function signInVerdict(record: FailureRecord, policy: SignInThrottlePolicy, now: Date): SignInVerdict {
  if (record.lockedUntil && record.lockedUntil > now) return { allowed: false, reason: 'locked', retryAt: record.lockedUntil };
  if (!record.lastFailureAt || record.failures < policy.slowDownAfter) return { allowed: true };
  const delayMs = Math.min(policy.firstDelayMs * 2 ** (record.failures - policy.slowDownAfter), policy.lockMs);
  const retryAt = new Date(record.lastFailureAt.getTime() + delayMs);
  return retryAt > now ? { allowed: false, reason: 'slowed-down', retryAt } : { allowed: true };
}

/** The record after one more failure at `now`: counted, and locked when it reaches the limit. */
export function afterFailure(record: FailureRecord, policy: SignInThrottlePolicy, now: Date): FailureRecord {
  const failures = record.lockedUntil && record.lockedUntil <= now ? 1 : record.failures + 1;
  if (failures >= policy.lockAfter) return { failures: 0, lastFailureAt: now, lockedUntil: new Date(now.getTime() + policy.lockMs) };
  return { failures, lastFailureAt: now, lockedUntil: null };
}
