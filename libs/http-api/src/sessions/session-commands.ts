import { entityIdSchema, sessionTitleSchema, stationServiceCodeSchema, utcTimestampSchema } from '@waystation/contracts';
import { z } from 'zod';
import { queryNumberSchema } from '../common/query-number';

export const scheduleSessionSchema = z.object({
  serviceCode: stationServiceCodeSchema,
  title: sessionTitleSchema,
  startsAt: utcTimestampSchema,
  endsAt: utcTimestampSchema,
  places: z.number().int().min(1).max(10_000),
});
export type ScheduleSession = z.output<typeof scheduleSessionSchema>;

export const markAttendanceSchema = z.object({ workerId: entityIdSchema });

const pageLimitSchema = queryNumberSchema(z.coerce.number().int().min(1).max(100).default(20));
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const isUtcInstant = (text: string) => !Number.isNaN(Date.parse(text)) && new Date(text).toISOString() === text;

/** Upcoming sessions, soonest first; the cursor (`startsAt_id` of the last one) is opaque to clients. */
export const sessionsPageQuerySchema = z.object({
  cursor: z
    .string()
    .regex(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z_${UUID}$`), 'Not a cursor of this list')
    .refine((cursor) => isUtcInstant(cursor.slice(0, 24)), 'Not a cursor of this list')
    .optional(),
  limit: pageLimitSchema,
});

/** Sign-ups in the order they were taken; the cursor (the last one's place in that order) is opaque to clients. */
export const signUpsPageQuerySchema = z.object({
  cursor: z
    .string()
    .regex(/^\d{1,18}$/, 'Not a cursor of this list')
    .optional(),
  limit: pageLimitSchema,
});
