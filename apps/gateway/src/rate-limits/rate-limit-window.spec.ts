import { combinedVerdict, fixedWindowAt, verdictOf } from './rate-limit-window';

describe(fixedWindowAt.name, () => {
  it('aligns the window on the epoch, so every replica puts a hit in the same window', () => {
    const sut = fixedWindowAt(new Date('2026-12-01T23:41:27.500Z'), 60);

    expect(sut).toEqual({ start: new Date('2026-12-01T23:41:00.000Z'), end: new Date('2026-12-01T23:42:00.000Z') });
  });

  it('starts a new window on the boundary itself', () => {
    expect(fixedWindowAt(new Date('2026-12-01T23:00:00.000Z'), 3_600).start).toEqual(new Date('2026-12-01T23:00:00.000Z'));
  });

  it('puts the last millisecond of a window in that window', () => {
    expect(fixedWindowAt(new Date('2026-12-01T23:59:59.999Z'), 3_600).end).toEqual(new Date('2026-12-02T00:00:00.000Z'));
  });
});

describe(verdictOf.name, () => {
  const windowEnd = new Date('2026-12-01T23:42:00.000Z');

  it('allows hits up to the limit, the limit-th included', () => {
    expect(verdictOf(5, 5, new Date('2026-12-01T23:41:10.000Z'), windowEnd)).toEqual({ allowed: true });
  });

  it('refuses the hit over the limit until the window ends, rounded up to whole seconds', () => {
    expect(verdictOf(6, 5, new Date('2026-12-01T23:41:10.200Z'), windowEnd)).toEqual({ allowed: false, retryAfterSeconds: 50 });
  });

  it('never says to retry in zero seconds', () => {
    expect(verdictOf(6, 5, windowEnd, windowEnd)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});

describe(combinedVerdict.name, () => {
  it('allows a hit every limit allows', () => {
    expect(combinedVerdict([{ allowed: true }, { allowed: true }])).toEqual({ allowed: true });
  });

  it('refuses a hit any limit refuses, for the longest of the waits', () => {
    const sut = combinedVerdict([{ allowed: false, retryAfterSeconds: 3 }, { allowed: true }, { allowed: false, retryAfterSeconds: 40 }]);

    expect(sut).toEqual({ allowed: false, retryAfterSeconds: 40 });
  });
});
