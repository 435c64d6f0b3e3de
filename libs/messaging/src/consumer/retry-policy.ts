import { BackoffOptions } from '../messaging-options';

/** Exponential backoff with full jitter: attempt 1 waits up to initialDelay, each next attempt up to twice that. */
export function retryDelayMs(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
