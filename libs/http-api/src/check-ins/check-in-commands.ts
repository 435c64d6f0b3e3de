import { boundedTextSchema, checkInMethodSchema, geoPointSchema, utcTimestampSchema } from '@waystation/contracts';
import { z } from 'zod';

export const checkInSchema = z
  .object({
    method: checkInMethodSchema,
    code: boundedTextSchema(100).describe("As scanned from the station's screen, or as printed at the station"),
    location: geoPointSchema
      .optional()
      .describe("The device's location; required with the printed code, which only works near the station"),
  })
  .check((context) => {
    if (context.value.method === 'printed-code' && !context.value.location) {
      context.issues.push({ code: 'custom', path: ['location'], message: 'Required with the printed code', input: undefined });
    }
  });
export type CheckInCommand = z.output<typeof checkInSchema>;

const DAY_MS = 86_400_000;
/** Long before the first station; also keeps out years such as 0000 that the calendar arithmetic does not know. */
const EARLIEST = Date.UTC(2000, 0, 1);
/** Up to a year of days, or a month of hours. */
const MAX_RANGE_MS = { day: 366 * DAY_MS, hour: 31 * DAY_MS } as const;

export const visitsQuerySchema = z
  .object({
    from: utcTimestampSchema.describe('Start of the range (inclusive)'),
    to: utcTimestampSchema.describe('End of the range (exclusive)'),
    granularity: z.enum(['day', 'hour']).default('day'),
  })
  .check((context) => {
    const { from, to, granularity } = context.value;
    const span = Date.parse(to) - Date.parse(from);
    if (Date.parse(from) < EARLIEST)
      context.issues.push({ code: 'custom', path: ['from'], message: 'Must be in 2000 or later', input: from });
    else if (span <= 0) context.issues.push({ code: 'custom', path: ['to'], message: 'Must be after from', input: to });
    else if (span > MAX_RANGE_MS[granularity]) {
      context.issues.push({
        code: 'custom',
        path: ['to'],
        message: `At most ${MAX_RANGE_MS[granularity] / DAY_MS} days of ${granularity}s`,
        input: to,
      });
    }
  });
export type VisitsQuery = z.output<typeof visitsQuerySchema>;
