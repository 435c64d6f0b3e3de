import { type Station, WEEKDAYS } from '../vocabulary';

export type OpeningHours = NonNullable<Station['openingHours']>;

/** One line of a station's hours: a weekday (or an exception's date) and its openings, `null` when closed. */
export interface OpeningHoursLine {
  day: (typeof WEEKDAYS)[number] | 'every-day' | { date: string; note?: string };
  intervals: string[] | null;
}

/** The hours as a worker reads them: every weekday in order, then the dates that differ. */
export function openingHoursLines(hours: OpeningHours): OpeningHoursLine[] {
  const week: OpeningHoursLine[] =
    hours.kind === 'always-open'
      ? [{ day: 'every-day', intervals: ['00:00–24:00'] }]
      : WEEKDAYS.map((day) => {
          const intervals = hours.weekly[day] ?? [];
          return { day, intervals: intervals.length > 0 ? intervals.map(({ opens, closes }) => `${opens}–${closes}`) : null };
        });
  const exceptions = (hours.exceptions ?? []).map((exception): OpeningHoursLine => ({
    day: { date: exception.date, ...(exception.note ? { note: exception.note } : {}) },
    intervals: exception.kind === 'closed' ? null : exception.intervals.map(({ opens, closes }) => `${opens}–${closes}`),
  }));
  return [...week, ...exceptions];
}
