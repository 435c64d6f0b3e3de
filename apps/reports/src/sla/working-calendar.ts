/** A span of working time in a day, in minutes after local midnight: 08:30–12:00 is { start: 510, end: 720 }. */
export interface WorkingSpan {
  start: number;
  end: number;
}

/** The city's working week, in its own time zone (REPORTS_TIME_ZONE, REPORTS_WORKING_* in the README). */
export interface WorkingCalendar {
  timeZone: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workingWeekdays: readonly number[];
  /** Sorted, not overlapping; the same on every working day. */
  workingSpans: readonly WorkingSpan[];
  /** Dates (YYYY-MM-DD, local) with no working hours though their weekday has them. */
  holidays: readonly string[];
  /** Dates (YYYY-MM-DD, local) worked though their weekday is off (调休: a weekend made up for a holiday). */
  extraWorkingDays: readonly string[];
}

const SPAN = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

/**
 * Reads `08:30-12:00,14:00-17:30` (the spans already split on commas); null when a span is malformed, empty,
 * out of order or overlapping another.
 */
export function parseWorkingSpans(spans: readonly string[]): WorkingSpan[] | null {
  const parsed: WorkingSpan[] = [];
  for (const text of spans) {
    const match = SPAN.exec(text);
    if (!match) return null;
    const [start, end] = [Number(match[1]) * 60 + Number(match[2]), Number(match[3]) * 60 + Number(match[4])];
    const previous = parsed.at(-1);
    if (end > 24 * 60 || start >= end || (previous && start < previous.end)) return null;
    parsed.push({ start, end });
  }
  return parsed.length > 0 ? parsed : null;
}
