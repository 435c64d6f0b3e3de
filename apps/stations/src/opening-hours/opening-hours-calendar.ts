import { intervalMinutes, OpeningHours, OpeningInterval, WEEKDAYS } from '@waystation/contracts';
import { DateTime, IANAZone } from 'luxon';

const MINUTES_PER_DAY = 1_440;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const MS_PER_DAY = 86_400_000;
/** How far ahead "until when" and "opens when" look: a year and a bit covers any closure a city announces. */
const HORIZON_DAYS = 400;

/** Where a station stands at an instant: open until when, or closed until when (null: not within the horizon). */
export type OpeningState = { open: true; until: Date | null } | { open: false; opensAt: Date | null };

/** A half-open span [start, end). */
export interface Span<T> {
  start: T;
  end: T;
}

/**
 * Wall-clock time in the city, as minutes since 1970-01-01 00:00 local. Schedules are wall-clock times, so all
 * the arithmetic happens here; only the instants in and out go through the time zone.
 */
type WallMinute = number;

const dayOf = (wall: WallMinute) => Math.floor(wall / MINUTES_PER_DAY);
/** Monday 0 … Sunday 6 (1970-01-01 was a Thursday). */
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;
const dayOfIsoDate = (date: string) => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;

/**
 * Opening hours in one time zone: whether a station is open at an instant and until when, and the figures the
 * nearby search filters on in SQL (week minutes for the regular weeks, instants around exception days).
 */
export class OpeningHoursCalendar {
  constructor(readonly timeZone: string) {
    if (!IANAZone.isValidZone(timeZone)) throw new RangeError(`${timeZone} is not an IANA time zone`);
  }

  stateAt(hours: OpeningHours | null, instant: Date): OpeningState {
    const now = this.wallMinuteOf(instant);
    const spans = this.openSpans(hours, { start: dayOf(now) - 1, end: dayOf(now) + HORIZON_DAYS });
    const current = spans.find((span) => span.start <= now && now < span.end);
    if (current) {
      const horizonEnd = (dayOf(now) + HORIZON_DAYS) * MINUTES_PER_DAY;
      return { open: true, until: current.end >= horizonEnd ? null : this.instantOf(current.end) };
    }
    const next = spans.find((span) => span.start > now);
    return { open: false, opensAt: next ? this.instantOf(next.start) : null };
  }

  isOpenAt(hours: OpeningHours | null, instant: Date): boolean {
    return this.stateAt(hours, instant).open;
  }

  /** Minutes since Monday 00:00 local at an instant: what the regular schedule's week minutes are matched with. */
  weekMinuteAt(instant: Date): number {
    const wall = this.wallMinuteOf(instant);
    return weekdayOf(dayOf(wall)) * MINUTES_PER_DAY + Math.floor(wall - dayOf(wall) * MINUTES_PER_DAY);
  }

  /** The regular week as spans of minutes since Monday 00:00, Sunday night wrapping into Monday; exceptions aside. */
  weekMinuteSpans(hours: OpeningHours | null): Span<number>[] {
    if (!hours) return [];
    if (hours.kind === 'always-open') return [{ start: 0, end: MINUTES_PER_WEEK }];
    const spans = WEEKDAYS.flatMap((weekday, index) =>
      hours.weekly[weekday].map(intervalMinutes).flatMap(({ start, end }) => {
        const from = index * MINUTES_PER_DAY + start;
        const to = index * MINUTES_PER_DAY + end;
        return to <= MINUTES_PER_WEEK
          ? [{ start: from, end: to }]
          : [
              { start: from, end: MINUTES_PER_WEEK },
              { start: 0, end: to - MINUTES_PER_WEEK },
            ];
      }),
    );
    return merge(spans);
  }

  /**
   * Around each exception date, the span of time it can change (its day and the next, into which its hours may
   * reach) and the exact open spans within: the nearby search trusts these there and the week minutes elsewhere.
   */
  exceptionSpans(hours: OpeningHours | null): { windows: Span<Date>[]; open: Span<Date>[] } {
    const days = (hours?.exceptions ?? []).map((exception) => dayOfIsoDate(exception.date));
    const windows = merge(days.map((day) => ({ start: day * MINUTES_PER_DAY, end: (day + 2) * MINUTES_PER_DAY })));
    const open = windows.flatMap((window) =>
      this.openSpans(hours, { start: dayOf(window.start) - 1, end: dayOf(window.end) })
        .map((span) => ({ start: Math.max(span.start, window.start), end: Math.min(span.end, window.end) }))
        .filter((span) => span.start < span.end),
    );
    return { windows: windows.map((span) => this.instantSpanOf(span)), open: open.map((span) => this.instantSpanOf(span)) };
  }

  /** Open spans, merged, of the intervals that start on the days in [days.start, days.end). */
  private openSpans(hours: OpeningHours | null, days: Span<number>): Span<WallMinute>[] {
    if (!hours) return [];
    const exceptions = new Map(hours.exceptions.map((exception) => [dayOfIsoDate(exception.date), exception]));
    const spans: Span<WallMinute>[] = [];
    for (let day = days.start; day < days.end; day++) {
      for (const { start, end } of this.intervalsStartingOn(hours, exceptions.get(day), day).map(intervalMinutes)) {
        spans.push({ start: day * MINUTES_PER_DAY + start, end: day * MINUTES_PER_DAY + end });
      }
    }
    return merge(spans);
  }

  private intervalsStartingOn(
    hours: OpeningHours,
    exception: OpeningHours['exceptions'][number] | undefined,
    day: number,
  ): OpeningInterval[] {
    if (exception) return exception.kind === 'closed' ? [] : exception.intervals;
    if (hours.kind === 'always-open') return [{ opens: '00:00', closes: '24:00' }];
    return hours.weekly[WEEKDAYS[weekdayOf(day)]];
  }

  private wallMinuteOf(instant: Date): WallMinute {
    const local = DateTime.fromJSDate(instant, { zone: this.timeZone });
    const day = Date.UTC(local.year, local.month - 1, local.day) / MS_PER_DAY;
    return day * MINUTES_PER_DAY + local.hour * 60 + local.minute + (local.second * 1_000 + local.millisecond) / 60_000;
  }

  /** The instant a wall-clock minute names; a time skipped by a daylight-saving change moves on to the change. */
  private instantOf(wall: WallMinute): Date {
    const date = new Date(dayOf(wall) * MS_PER_DAY);
    const minuteOfDay = wall - dayOf(wall) * MINUTES_PER_DAY;
    return DateTime.fromObject(
      {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: Math.floor(minuteOfDay / 60),
        minute: minuteOfDay % 60,
      },
      { zone: this.timeZone },
    ).toJSDate();
  }

  private instantSpanOf(span: Span<WallMinute>): Span<Date> {
    return { start: this.instantOf(span.start), end: this.instantOf(span.end) };
  }
}

/** Sorted, with overlapping and touching spans joined. */
function merge<T extends Span<number>>(spans: T[]): Span<number>[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span<number>[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}
