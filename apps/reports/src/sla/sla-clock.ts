import { SlaClockKind } from '@waystation/contracts';
import { DateTime } from 'luxon';
import { WorkingCalendar } from './working-calendar';

/** How long an SLA allows: hours (to acknowledge) or days (to resolve). */
export type SlaAllowance = { hours: number } | { days: number };

/** Ten years of days without a working minute means the calendar can never be met. */
const MAX_DAYS_SEARCHED = 3_660;

/**
 * Computes SLA deadlines on the city's calendar. On the `calendar` clock time runs round the clock (a day is a
 * local calendar day, so 23 or 25 hours across a daylight-saving change). On the `working-hours` clock it runs only
 * in the working spans of working days: N hours are N working hours, N days are N full working days' worth of
 * working time (so 10:00 Monday plus 5 days is 10:00 the next Monday in a five-day week).
 */
export class SlaClock {
  private readonly holidays: ReadonlySet<string>;
  private readonly extraWorkingDays: ReadonlySet<string>;
  private readonly workingMinutesPerDay: number;

  constructor(private readonly calendar: WorkingCalendar) {
    this.holidays = new Set(calendar.holidays);
    this.extraWorkingDays = new Set(calendar.extraWorkingDays);
    this.workingMinutesPerDay = calendar.workingSpans.reduce((sum, span) => sum + span.end - span.start, 0);
  }

  deadline(start: Date, allowance: SlaAllowance, clock: SlaClockKind): Date {
    if (clock === 'calendar') return DateTime.fromJSDate(start, { zone: this.calendar.timeZone }).plus(allowance).toJSDate();
    const minutes = 'hours' in allowance ? allowance.hours * 60 : allowance.days * this.workingMinutesPerDay;
    return this.addWorkingTime(start, minutes * 60_000);
  }

  private addWorkingTime(start: Date, durationMs: number): Date {
    let remaining = durationMs;
    let day = DateTime.fromJSDate(start, { zone: this.calendar.timeZone }).startOf('day');
    for (let searched = 0; searched < MAX_DAYS_SEARCHED; searched += 1, day = day.plus({ days: 1 })) {
      if (!this.isWorkingDay(day)) continue;
      for (const span of this.calendar.workingSpans) {
        // Wall-clock times of that day: a span keeps its local hours whatever the offset is that day.
        const from = Math.max(atMinute(day, span.start).toMillis(), start.getTime());
        const available = atMinute(day, span.end).toMillis() - from;
        if (available <= 0) continue;
        if (remaining <= available) return new Date(from + remaining);
        remaining -= available;
      }
    }
    throw new Error(`The working calendar has no working time in ${MAX_DAYS_SEARCHED} days after ${start.toISOString()}`);
  }

  private isWorkingDay(day: DateTime): boolean {
    const date = day.toISODate() as string;
    if (this.holidays.has(date)) return false;
    return this.extraWorkingDays.has(date) || this.calendar.workingWeekdays.includes(day.weekday);
  }
}

function atMinute(day: DateTime, minute: number): DateTime {
  return minute === 24 * 60 ? day.plus({ days: 1 }) : day.set({ hour: Math.floor(minute / 60), minute: minute % 60 });
}
