import { durationParts, slaClock } from './sla-clock';

describe(slaClock.name, () => {
  const now = Date.parse('2026-12-03T08:00:00Z');

  it('counts the hours and minutes left before the deadline', () => {
    expect(slaClock('2026-12-03T10:30:59Z', now)).toEqual({ state: 'due', hours: 2, minutes: 30 });
  });

  it('counts how long a passed deadline is overdue', () => {
    expect(slaClock('2026-12-03T07:15:00Z', now)).toEqual({ state: 'overdue', hours: 0, minutes: 45 });
  });

  it('shows no clock without a deadline', () => {
    expect(slaClock(null, now)).toEqual({ state: 'none' });
  });
});

describe(durationParts.name, () => {
  it('splits a span into whole hours and the minutes left over', () => {
    expect(durationParts(26 * 60 * 60_000 + 5 * 60_000)).toEqual({ hours: 26, minutes: 5 });
  });
});
