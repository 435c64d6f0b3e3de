import { z } from 'zod';
import { boundedTextSchema } from './bounded-text.schema';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A wall-clock time in the city's time zone; `24:00` only closes a day. */
const clockTimeSchema = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: 'Must be HH:MM, 00:00 to 24:00' });

/** Minutes since midnight of a validated `HH:MM`. */
export function minutesOfClockTime(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * One opening on a day. When `closes` is not after `opens` the interval crosses midnight and ends the next day
 * (`22:00`–`06:00`); `00:00`–`24:00` is the whole day.
 */
export const openingIntervalSchema = z
  .object({ opens: clockTimeSchema, closes: clockTimeSchema })
  .refine(({ opens }) => opens !== '24:00', { error: 'An interval cannot open at 24:00', path: ['opens'] })
  .refine(({ opens, closes }) => opens !== closes, { error: 'An interval must not open and close at the same time', path: ['closes'] });
export type OpeningInterval = z.infer<typeof openingIntervalSchema>;

/** Start and end in minutes from the day's midnight; an end past 1440 reaches into the next day. */
export function intervalMinutes({ opens, closes }: OpeningInterval): { start: number; end: number } {
  const start = minutesOfClockTime(opens);
  const end = minutesOfClockTime(closes);
  return { start, end: end > start ? end : end + 1_440 };
}

const overlaps = (intervals: OpeningInterval[]) => {
  const spans = intervals.map(intervalMinutes).sort((a, b) => a.start - b.start);
  return spans.some((span, index) => index > 0 && span.start < spans[index - 1].end);
};

const dayIntervalsSchema = z
  .array(openingIntervalSchema)
  .max(6)
  .default([])
  .refine((intervals) => !overlaps(intervals), { error: 'Intervals of one day must not overlap' });

const weeklyScheduleSchema = z.object(
  Object.fromEntries(WEEKDAYS.map((day) => [day, dayIntervalsSchema])) as Record<Weekday, typeof dayIntervalsSchema>,
);
export type WeeklySchedule = z.infer<typeof weeklyScheduleSchema>;

/** A calendar date of this century: years PostgreSQL and every client agree on (there is no year 0000). */
const exceptionDateSchema = z.iso
  .date({ abort: true })
  .refine((date) => date >= '2000-01-01' && date <= '2099-12-31', { error: 'Must be a date from 2000-01-01 to 2099-12-31' });

const exceptionNoteSchema = boundedTextSchema(100).describe('Why, as shown to workers: 春节, closed for repairs').optional();

/** A date whose hours differ from the week's: closed all day, or special hours that replace that day's. */
export const openingExceptionSchema = z.discriminatedUnion('kind', [
  z.object({ date: exceptionDateSchema, kind: z.literal('closed'), note: exceptionNoteSchema }),
  z.object({
    date: exceptionDateSchema,
    kind: z.literal('special-hours'),
    intervals: z
      .array(openingIntervalSchema)
      .min(1)
      .max(6)
      .refine((intervals) => !overlaps(intervals), { error: 'Intervals of one day must not overlap' }),
    note: exceptionNoteSchema,
  }),
]);
export type OpeningException = z.infer<typeof openingExceptionSchema>;

const exceptionsSchema = z
  .array(openingExceptionSchema)
  .max(400)
  .default([])
  .refine((exceptions) => new Set(exceptions.map((exception) => exception.date)).size === exceptions.length, {
    error: 'Each date may have one exception only',
  });

/**
 * When a station is open, in the city's time zone (STATIONS_TIME_ZONE): every day and night (`always-open`), or a
 * weekly schedule; either way with exceptions for dates such as holidays and temporary closures. An exception
 * replaces the hours that start on its date; an interval of the day before that crosses midnight still ends as
 * planned.
 */
export const openingHoursSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always-open'), exceptions: exceptionsSchema }),
  z.object({ kind: z.literal('weekly'), weekly: weeklyScheduleSchema, exceptions: exceptionsSchema }),
]);
export type OpeningHours = z.infer<typeof openingHoursSchema>;
