import { OpeningHours } from '@waystation/contracts';
import { OpeningHoursCalendar, Span } from './opening-hours-calendar';

/** The columns the nearby search filters opening hours on, as PostgreSQL multirange literals. */
export interface SearchableHours {
  weekOpenMinutes: string;
  exceptionWindows: string;
  exceptionOpen: string;
}

const multirange = <T>(spans: Span<T>[], format: (value: T) => string) =>
  `{${spans.map(({ start, end }) => `[${format(start)},${format(end)})`).join(',')}}`;
const instant = (date: Date) => `"${date.toISOString()}"`;

/** Derives the search columns from a station's hours; written in the same statement as the hours. */
export function searchableHours(calendar: OpeningHoursCalendar, hours: OpeningHours | null): SearchableHours {
  const { windows, open } = calendar.exceptionSpans(hours);
  return {
    weekOpenMinutes: multirange(calendar.weekMinuteSpans(hours), String),
    exceptionWindows: multirange(windows, instant),
    exceptionOpen: multirange(open, instant),
  };
}
