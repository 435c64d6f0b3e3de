import { setTimeout as sleep } from 'node:timers/promises';

export interface WaitForOptions {
  /** What is awaited, for the timeout message: "report r-1 to be confirmed". */
  description: string;
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Calls `condition` until it returns a truthy value and resolves with that value. A falsy result or a thrown
 * error means "not yet"; at the deadline it throws, naming what it waited for and the last error seen.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  { description, timeoutMs = 10_000, intervalMs = 100 }: WaitForOptions,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const result = await condition();
      if (result) {
        return result as NonNullable<T>;
      }
    } catch (error) {
      lastError = error;
    }
    if (Date.now() + intervalMs > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}${cause}`, { cause: lastError });
    }
    await sleep(intervalMs);
  }
}
