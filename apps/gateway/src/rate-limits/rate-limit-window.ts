/** A limit: at most `limit` hits per fixed window of `windowSeconds`, counted under `key`. */
export interface RateLimit {
  key: string;
  limit: number;
  windowSeconds: number;
}

export interface FixedWindow {
  start: Date;
  end: Date;
}

/** What the limiter answers: whether the hit may go on, and if not, in how many whole seconds it may. */
export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * The fixed window holding `now`, aligned on the epoch, so every replica (whose clocks NTP keeps within
 * milliseconds) puts a hit in the same window.
 */
export function fixedWindowAt(now: Date, windowSeconds: number): FixedWindow {
  const windowMs = windowSeconds * 1_000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  return { start: new Date(start), end: new Date(start + windowMs) };
}

/** The verdict on a hit that made the window's count `hits`. */
export function verdictOf(hits: number, limit: number, now: Date, windowEnd: Date): RateLimitVerdict {
  if (hits <= limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEnd.getTime() - now.getTime()) / 1_000)) };
}

/** Several limits on one hit: it goes on only if every one allows it, and waits for the longest refusal. */
export function combinedVerdict(verdicts: RateLimitVerdict[]): RateLimitVerdict {
  const waits = verdicts.flatMap((verdict) => (verdict.allowed ? [] : [verdict.retryAfterSeconds]));
  return waits.length === 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(...waits) };
}
