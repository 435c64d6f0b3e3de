import { CityCalendar } from './city-calendar';

describe(CityCalendar.name, () => {
  const sut = new CityCalendar('Asia/Shanghai');

  it('counts a day from local midnight, not UTC midnight', () => {
    expect(sut.dayOf(new Date('2026-02-28T15:59:59Z'))).toBe('2026-02-28');
    expect(sut.dayOf(new Date('2026-02-28T16:00:00Z'))).toBe('2026-03-01');
  });

  it('names the local month and when it began', () => {
    expect(sut.monthOf(new Date('2026-02-28T16:30:00Z'))).toBe('2026-03');
    expect(sut.monthStartOf(new Date('2026-03-15T00:00:00Z'))).toEqual(new Date('2026-02-28T16:00:00Z'));
  });

  it('bounds a month by its first local midnight and the next month’s', () => {
    expect(sut.monthBounds('2026-12')).toEqual({ start: new Date('2026-11-30T16:00:00Z'), end: new Date('2026-12-31T16:00:00Z') });
  });

  it('follows the zone it is given', () => {
    const utc = new CityCalendar('UTC');
    expect(utc.dayOf(new Date('2026-02-28T16:00:00Z'))).toBe('2026-02-28');
    expect(utc.monthBounds('2026-03').start).toEqual(new Date('2026-03-01T00:00:00Z'));
  });
});
