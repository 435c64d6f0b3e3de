import { intervalMinutes, OpeningHours, WEEKDAYS } from '@waystation/contracts';
import { DateTime, IANAZone, Zone } from 'luxon';

const MINUTES_PER_DAY = 1_440;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const MS_PER_DAY = 86_400_000;
/** How far ahead "until when" and "opens when" look: a year and a bit covers any closure a city announces. */
const HORIZON_DAYS = 400;
const LOOK_AHEAD_DAYS = 8;
const WHOLE_DAY = { start: 0, end: MINUTES_PER_DAY };

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
  /** Created once: luxon reads a zone given by name anew on every conversion, which costs more than the rest. */
  private readonly zone: Zone;
  /**
   * Conversions already made. Each costs luxon a call into Intl, and a page of results asks for the same ones
   * again and again (one instant, the same few closing times); bounded, so a long-running process stays small.
   */
  private readonly wallMinutes = new Map<number, WallMinute>();
  private readonly instants = new Map<WallMinute, number>();

  constructor(readonly timeZone: string) {
    if (!IANAZone.isValidZone(timeZone)) throw new RangeError(`${timeZone} is not an IANA time zone`);
    this.zone = IANAZone.create(timeZone);
  }

  stateAt(hours: OpeningHours | null, instant: Date): OpeningState {
    const now = this.wallMinuteOf(instant);
    const today = dayOf(now);
    // Most answers lie within the week ahead; the whole horizon is looked at only when they do not.
    for (const daysAhead of [LOOK_AHEAD_DAYS, HORIZON_DAYS]) {
      const end = (today + daysAhead) * MINUTES_PER_DAY;
      const spans = this.openSpans(hours, { start: today - 1, end: today + daysAhead });
      const current = spans.find((span) => span.start <= now && now < span.end);
      // A span reaching the end of the days looked at may go on with the next day's first interval.
      if (current && current.end < end) return { open: true, until: this.instantOf(current.end) };
      if (current && daysAhead === HORIZON_DAYS) return { open: true, until: null };
      const next = current ? undefined : spans.find((span) => span.start > now);
      if (next) return { open: false, opensAt: this.instantOf(next.start) };
    }
    return { open: false, opensAt: null };
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
    // Parsed once per call: the loop below runs for every day of the horizon.
    const week = WEEKDAYS.map((weekday) => (hours.kind === 'always-open' ? [WHOLE_DAY] : hours.weekly[weekday].map(intervalMinutes)));
    const exceptions = new Map(
      hours.exceptions.map((exception) => [
        dayOfIsoDate(exception.date),
        exception.kind === 'closed' ? [] : exception.intervals.map(intervalMinutes),
      ]),
    );
    const spans: Span<WallMinute>[] = [];
    for (let day = days.start; day < days.end; day++) {
      for (const { start, end } of exceptions.get(day) ?? week[weekdayOf(day)]) {
        spans.push({ start: day * MINUTES_PER_DAY + start, end: day * MINUTES_PER_DAY + end });
      }
    }
    return merge(spans);
  }

  private wallMinuteOf(instant: Date): WallMinute {
    return remembered(this.wallMinutes, instant.getTime(), () => this.convertToWallMinute(instant));
  }

  private convertToWallMinute(instant: Date): WallMinute {
    const local = DateTime.fromJSDate(instant, { zone: this.zone });
    const day = Date.UTC(local.year, local.month - 1, local.day) / MS_PER_DAY;
    return day * MINUTES_PER_DAY + local.hour * 60 + local.minute + (local.second * 1_000 + local.millisecond) / 60_000;
  }

  /** The instant a wall-clock minute names; a time skipped by a daylight-saving change moves on to the change. */
  private instantOf(wall: WallMinute): Date {
    return new Date(remembered(this.instants, wall, () => this.convertToInstant(wall).getTime()));
  }

  private convertToInstant(wall: WallMinute): Date {
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
      { zone: this.zone },
    ).toJSDate();
  }

  private instantSpanOf(span: Span<WallMinute>): Span<Date> {
    return { start: this.instantOf(span.start), end: this.instantOf(span.end) };
  }
}

const REMEMBERED = 10_000;

function remembered<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (cache.size >= REMEMBERED) cache.clear();
  const value = compute();
  cache.set(key, value);
  return value;
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
