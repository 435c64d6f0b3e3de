import { retryDelayMs } from './retry-policy';

describe(retryDelayMs.name, () => {
  const options = { maxAttempts: 5, initialDelayMs: 100, maxDelayMs: 1_000 };

  it('doubles the ceiling with every attempt', () => {
    expect([1, 2, 3].map((attempt) => retryDelayMs(attempt, options, () => 1))).toEqual([100, 200, 400]);
  });

  it('never waits longer than the maximum delay', () => {
    expect(retryDelayMs(10, options, () => 1)).toBe(1_000);
  });

  it('waits at least half the ceiling so retries never hammer a struggling dependency', () => {
    expect(retryDelayMs(3, options, () => 0)).toBe(200);
  });
});
