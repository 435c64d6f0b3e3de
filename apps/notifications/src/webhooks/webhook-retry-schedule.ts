/** How long a delivery is tried before it is dead-lettered: a day from being queued (or replayed). */
export const WEBHOOK_RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;

const FIRST_DELAY_MS = 30_000;
const LONGEST_DELAY_MS = 60 * 60 * 1000;

/**
 * When to try a delivery again after its `attemptsMade`-th failed attempt at `failedAt`, or null to give up: the
 * wait doubles from 30 s up to an hour, and is drawn from its upper half (jitter, so endpoints that failed
 * together are not all retried at the same instant); no attempt is scheduled past `giveUpAt`.
 */
export function nextAttemptAt(attemptsMade: number, failedAt: Date, giveUpAt: Date, random: () => number = Math.random): Date | null {
  const ceiling = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** (attemptsMade - 1));
  const next = new Date(failedAt.getTime() + ceiling / 2 + (random() * ceiling) / 2);
  return next.getTime() > giveUpAt.getTime() ? null : next;
}
