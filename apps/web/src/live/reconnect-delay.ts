/** The longest a dropped stream waits before it tries again. */
const MAX_DELAY_MS = 60_000;

/**
 * How long to wait before reconnecting after `failures` failed attempts in a row: the server's `retry:` delay
 * first, doubling on each failure up to a minute, with up to a fifth of random spread so clients do not return
 * all at once after an outage.
 */
export function reconnectDelay(failures: number, retryMs: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, retryMs * 2 ** Math.max(0, failures));
  return Math.round(base * (1 - 0.2 * random()));
}
