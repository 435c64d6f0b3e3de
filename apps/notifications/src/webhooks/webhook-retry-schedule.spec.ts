import { nextAttemptAt, WEBHOOK_RETRY_WINDOW_MS } from './webhook-retry-schedule';

const queuedAt = new Date('2026-12-03T08:00:00.000Z');
const giveUpAt = new Date(queuedAt.getTime() + WEBHOOK_RETRY_WINDOW_MS);
const secondsAfter = (from: Date, next: Date | null) => (next === null ? null : (next.getTime() - from.getTime()) / 1000);

describe(nextAttemptAt.name, () => {
  it('waits between 15 and 30 s after the first failure, as jitter draws', () => {
    expect(
      secondsAfter(
        queuedAt,
        nextAttemptAt(1, queuedAt, giveUpAt, () => 0),
      ),
    ).toBe(15);
    expect(
      secondsAfter(
        queuedAt,
        nextAttemptAt(1, queuedAt, giveUpAt, () => 0.5),
      ),
    ).toBe(22.5);
    expect(
      secondsAfter(
        queuedAt,
        nextAttemptAt(1, queuedAt, giveUpAt, () => 0.999999),
      ),
    ).toBeCloseTo(30, 2);
  });

  it('doubles the wait with each failure, up to an hour', () => {
    const longest = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12].map((attempts) =>
      secondsAfter(
        queuedAt,
        nextAttemptAt(attempts, queuedAt, giveUpAt, () => 1),
      ),
    );
    expect(longest).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
  });

  it('gives up when the next attempt would fall after the day is over', () => {
    const lateFailure = new Date(giveUpAt.getTime() - 10 * 60 * 1000);
    expect(nextAttemptAt(20, lateFailure, giveUpAt, () => 0)).toBeNull();
    expect(nextAttemptAt(1, lateFailure, giveUpAt, () => 1)).toEqual(new Date(lateFailure.getTime() + 30_000));
  });

  it('spreads a day of failures over about thirty attempts', () => {
    let at = queuedAt;
    let attempts = 1;
    for (let next = nextAttemptAt(attempts, at, giveUpAt, () => 0.5); next; next = nextAttemptAt(attempts, at, giveUpAt, () => 0.5)) {
      at = next;
      attempts += 1;
    }
    expect(attempts).toBeGreaterThan(25);
    expect(attempts).toBeLessThan(40);
    expect(at.getTime()).toBeLessThanOrEqual(giveUpAt.getTime());
  });
});
