import { DateTime } from 'luxon';
import { SlaClock } from './sla-clock';
import { parseWorkingSpans, WorkingCalendar } from './working-calendar';

const SHANGHAI = 'Asia/Shanghai';

/** Monday to Friday, 08:30–12:00 and 14:00–17:30 (seven working hours a day). */
const wuhanOffice: WorkingCalendar = {
  timeZone: SHANGHAI,
  workingWeekdays: [1, 2, 3, 4, 5],
  workingSpans: parseWorkingSpans(['08:30-12:00', '14:00-17:30']) ?? [],
  holidays: [],
  extraWorkingDays: [],
};

/** A wall-clock time in `zone` (2026-12-07 is a Monday). */
const at = (local: string, zone = SHANGHAI) => DateTime.fromISO(local, { zone }).toJSDate();
const local = (date: Date, zone = SHANGHAI) => DateTime.fromJSDate(date, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");

describe(SlaClock.name, () => {
  const sut = new SlaClock(wuhanOffice);

  describe('on the working-hours clock', () => {
    it.each([
      ['counts hours inside one span', '2026-12-07T09:00', 2, '2026-12-07T11:00'],
      ['skips the lunch break', '2026-12-07T11:00', 2, '2026-12-07T15:00'],
      ['starts a report made in the evening at the next opening', '2026-12-07T19:00', 1, '2026-12-08T09:30'],
      ['starts a report made before opening at that day’s opening', '2026-12-08T07:00', 1, '2026-12-08T09:30'],
      ['ends exactly at closing time rather than the next morning', '2026-12-07T16:30', 1, '2026-12-07T17:30'],
      ['carries Friday evening’s remainder over the weekend', '2026-12-11T17:00', 2, '2026-12-14T10:00'],
      ['starts a weekend report on Monday morning', '2026-12-12T10:00', 1, '2026-12-14T09:30'],
      ['runs over several days', '2026-12-07T09:00', 16, '2026-12-09T11:00'],
    ])('%s', (_case, start, hours, due) => {
      expect(local(sut.deadline(at(start), { hours }, 'working-hours'))).toBe(due);
    });

    it('gives N days as N working days of working time: Monday 10:00 plus five days is the next Monday 10:00', () => {
      expect(local(sut.deadline(at('2026-12-07T10:00'), { days: 5 }, 'working-hours'))).toBe('2026-12-14T10:00');
    });

    it('counts a report made just after midnight local time (still the day before in UTC) on its local day', () => {
      // 00:30 on Tuesday in Wuhan is 16:30 on Monday in UTC, inside a Monday span were the day read in UTC.
      expect(local(sut.deadline(at('2026-12-08T00:30'), { hours: 1 }, 'working-hours'))).toBe('2026-12-08T09:30');
    });

    it('skips configured holidays', () => {
      const sut = new SlaClock({ ...wuhanOffice, holidays: ['2026-12-11', '2026-12-14'] });

      expect(local(sut.deadline(at('2026-12-10T17:00'), { hours: 1 }, 'working-hours'))).toBe('2026-12-15T09:00');
    });

    it('works a weekend day the city made up for a holiday', () => {
      const sut = new SlaClock({ ...wuhanOffice, extraWorkingDays: ['2026-12-12'] });

      expect(local(sut.deadline(at('2026-12-11T17:00'), { hours: 2 }, 'working-hours'))).toBe('2026-12-12T10:00');
    });

    it('keeps the local working hours across a daylight-saving change', () => {
      const berlin = new SlaClock({ ...wuhanOffice, timeZone: 'Europe/Berlin', workingSpans: parseWorkingSpans(['09:00-17:00']) ?? [] });
      // Clocks go forward on Sunday 2026-03-29: Friday is UTC+1, Monday UTC+2.
      const due = berlin.deadline(at('2026-03-27T16:30', 'Europe/Berlin'), { hours: 1 }, 'working-hours');

      expect(local(due, 'Europe/Berlin')).toBe('2026-03-30T09:30');
      expect(due.toISOString()).toBe('2026-03-30T07:30:00.000Z');
    });

    it('refuses a calendar that never works instead of searching forever', () => {
      const sut = new SlaClock({ ...wuhanOffice, workingWeekdays: [] });

      expect(() => sut.deadline(at('2026-12-07T09:00'), { hours: 1 }, 'working-hours')).toThrow(/no working time/);
    });
  });

  describe('on the calendar clock', () => {
    it('counts hours round the clock, nights and weekends included', () => {
      expect(local(sut.deadline(at('2026-12-11T17:00'), { hours: 24 }, 'calendar'))).toBe('2026-12-12T17:00');
    });

    it('counts days as local calendar days, holidays included', () => {
      const sut = new SlaClock({ ...wuhanOffice, holidays: ['2026-12-08'] });

      expect(local(sut.deadline(at('2026-12-07T19:00'), { days: 3 }, 'calendar'))).toBe('2026-12-10T19:00');
    });

    it('keeps the wall-clock time across a daylight-saving change (a 23-hour day)', () => {
      const berlin = new SlaClock({ ...wuhanOffice, timeZone: 'Europe/Berlin' });
      const due = berlin.deadline(at('2026-03-28T10:00', 'Europe/Berlin'), { days: 1 }, 'calendar');

      expect(due.getTime() - at('2026-03-28T10:00', 'Europe/Berlin').getTime()).toBe(23 * 3_600_000);
    });
  });
});

describe(parseWorkingSpans.name, () => {
  it('reads spans in order', () => {
    expect(parseWorkingSpans(['08:30-12:00', '14:00-24:00'])).toEqual([
      { start: 510, end: 720 },
      { start: 840, end: 1440 },
    ]);
  });

  it.each([[['9:00-12:00']], [['12:00-09:00']], [['08:00-12:00', '11:00-17:00']], [[]], [['08:00-24:30']]])('refuses %j', (spans) => {
    expect(parseWorkingSpans(spans)).toBeNull();
  });
});
