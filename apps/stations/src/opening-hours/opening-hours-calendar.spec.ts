import { OpeningHours, openingHoursSchema } from '@waystation/contracts';
import { MINUTES_PER_WEEK, OpeningHoursCalendar } from './opening-hours-calendar';

const everyDay = (opens: string, closes: string) => ({
  monday: [{ opens, closes }],
  tuesday: [{ opens, closes }],
  wednesday: [{ opens, closes }],
  thursday: [{ opens, closes }],
  friday: [{ opens, closes }],
  saturday: [{ opens, closes }],
  sunday: [{ opens, closes }],
});

const hours = (input: unknown): OpeningHours => openingHoursSchema.parse(input);
const at = (iso: string) => new Date(iso);

// 2026-12-02 is a Wednesday; Asia/Shanghai is UTC+8 all year.
const officeHours = hours({
  kind: 'weekly',
  weekly: { ...everyDay('08:00', '20:00'), saturday: [{ opens: '22:00', closes: '06:00' }], sunday: [] },
  exceptions: [
    { date: '2026-12-09', kind: 'closed', note: '设备检修' },
    { date: '2026-12-10', kind: 'special-hours', intervals: [{ opens: '10:00', closes: '12:00' }] },
    { date: '2026-12-13', kind: 'closed' },
  ],
});

describe(OpeningHoursCalendar.name, () => {
  const sut = new OpeningHoursCalendar('Asia/Shanghai');

  describe('stateAt', () => {
    it('is open during a weekday interval, until it closes', () => {
      expect(sut.stateAt(officeHours, at('2026-12-02T02:00:00Z'))).toEqual({ open: true, until: at('2026-12-02T12:00:00Z') });
    });

    it('is closed before the day opens, and says when it opens', () => {
      expect(sut.stateAt(officeHours, at('2026-12-01T23:30:00Z'))).toEqual({ open: false, opensAt: at('2026-12-02T00:00:00Z') });
    });

    it('is closed at the closing minute itself', () => {
      expect(sut.stateAt(officeHours, at('2026-12-02T12:00:00Z')).open).toBe(false);
    });

    it('stays open past midnight on an interval that crosses it, until it closes the next morning', () => {
      // Sunday 2026-12-06 03:00 local, inside Saturday's 22:00–06:00.
      expect(sut.stateAt(officeHours, at('2026-12-05T19:00:00Z'))).toEqual({ open: true, until: at('2026-12-05T22:00:00Z') });
    });

    it('after a night interval with a closed Sunday, opens again on Monday morning', () => {
      expect(sut.stateAt(officeHours, at('2026-12-06T04:00:00Z'))).toEqual({ open: false, opensAt: at('2026-12-07T00:00:00Z') });
    });

    it('is closed all day on a closed exception day, and opens with the special hours of the next', () => {
      expect(sut.stateAt(officeHours, at('2026-12-09T04:00:00Z'))).toEqual({ open: false, opensAt: at('2026-12-10T02:00:00Z') });
    });

    it('keeps the special hours of an exception day instead of the week', () => {
      expect(sut.stateAt(officeHours, at('2026-12-10T01:00:00Z')).open).toBe(false);
      expect(sut.stateAt(officeHours, at('2026-12-10T03:00:00Z'))).toEqual({ open: true, until: at('2026-12-10T04:00:00Z') });
    });

    it('keeps the night before an exception day open until it ends as planned', () => {
      // Sunday 2026-12-13 is closed, but Saturday night's interval reaches 06:00 on it.
      expect(sut.stateAt(officeHours, at('2026-12-12T20:00:00Z'))).toEqual({ open: true, until: at('2026-12-12T22:00:00Z') });
    });

    it('is open with no end in sight for a 24-hour station', () => {
      expect(sut.stateAt(hours({ kind: 'always-open' }), at('2026-12-02T02:00:00Z'))).toEqual({ open: true, until: null });
    });

    it('is open until a closure for a 24-hour station, and opens again when the closure ends', () => {
      const closing = hours({ kind: 'always-open', exceptions: [{ date: '2026-12-24', kind: 'closed' }] });

      expect(sut.stateAt(closing, at('2026-12-02T02:00:00Z'))).toEqual({ open: true, until: at('2026-12-23T16:00:00Z') });
      expect(sut.stateAt(closing, at('2026-12-24T08:00:00Z'))).toEqual({ open: false, opensAt: at('2026-12-24T16:00:00Z') });
    });

    it('is closed with no opening ahead when the hours are not known', () => {
      expect(sut.stateAt(null, at('2026-12-02T02:00:00Z'))).toEqual({ open: false, opensAt: null });
    });

    it('joins a day that closes at 24:00 with the next that opens at 00:00', () => {
      const late = hours({
        kind: 'weekly',
        weekly: { wednesday: [{ opens: '18:00', closes: '24:00' }], thursday: [{ opens: '00:00', closes: '02:00' }] },
      });

      expect(sut.stateAt(late, at('2026-12-02T12:00:00Z'))).toEqual({ open: true, until: at('2026-12-02T18:00:00Z') });
    });
  });

  describe('in a zone with daylight saving time', () => {
    const newYork = new OpeningHoursCalendar('America/New_York');
    const nineToFive = hours({ kind: 'weekly', weekly: everyDay('09:00', '17:00') });

    it('closes at 17:00 local in winter (UTC-5)', () => {
      expect(newYork.stateAt(nineToFive, at('2026-03-06T14:30:00Z'))).toEqual({ open: true, until: at('2026-03-06T22:00:00Z') });
    });

    it('closes at 17:00 local in summer (UTC-4)', () => {
      expect(newYork.stateAt(nineToFive, at('2026-03-09T13:30:00Z'))).toEqual({ open: true, until: at('2026-03-09T21:00:00Z') });
    });

    it('opens on the first morning after the clocks change at its local time', () => {
      expect(newYork.stateAt(nineToFive, at('2026-03-07T23:00:00Z'))).toEqual({ open: false, opensAt: at('2026-03-08T13:00:00Z') });
    });
  });

  describe('weekMinuteSpans', () => {
    it('counts from Monday 00:00 and wraps Sunday night into Monday morning', () => {
      const nights = hours({
        kind: 'weekly',
        weekly: { monday: [{ opens: '08:00', closes: '12:00' }], sunday: [{ opens: '22:00', closes: '02:00' }] },
      });

      expect(sut.weekMinuteSpans(nights)).toEqual([
        { start: 0, end: 120 },
        { start: 480, end: 720 },
        { start: 6 * 1_440 + 1_320, end: MINUTES_PER_WEEK },
      ]);
    });

    it('is the whole week for a 24-hour station and nothing when the hours are not known', () => {
      expect(sut.weekMinuteSpans(hours({ kind: 'always-open' }))).toEqual([{ start: 0, end: MINUTES_PER_WEEK }]);
      expect(sut.weekMinuteSpans(null)).toEqual([]);
    });
  });

  describe('weekMinuteAt', () => {
    it('is the local minute since Monday 00:00', () => {
      // Wednesday 2026-12-02 10:30:59 local.
      expect(sut.weekMinuteAt(at('2026-12-02T02:30:59Z'))).toBe(2 * 1_440 + 630);
    });
  });

  describe('exceptionSpans', () => {
    it('covers each exception day and the next, with the exact open spans inside', () => {
      const { windows, open } = sut.exceptionSpans(
        hours({ kind: 'weekly', weekly: everyDay('08:00', '20:00'), exceptions: [{ date: '2026-12-09', kind: 'closed' }] }),
      );

      expect(windows).toEqual([{ start: at('2026-12-08T16:00:00Z'), end: at('2026-12-10T16:00:00Z') }]);
      expect(open).toEqual([{ start: at('2026-12-10T00:00:00Z'), end: at('2026-12-10T12:00:00Z') }]);
    });

    it('has nothing for hours without exceptions', () => {
      expect(sut.exceptionSpans(hours({ kind: 'always-open' }))).toEqual({ windows: [], open: [] });
    });
  });

  it('refuses a time zone that is not an IANA name', () => {
    expect(() => new OpeningHoursCalendar('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
