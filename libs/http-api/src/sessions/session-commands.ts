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

/** Cursor: the sign-up order number (`seq`) or a session's `startsAt_id`, opaque to clients. */
export const sessionPageQuerySchema = z.object({
  cursor: z
    .string()
    .regex(/^[0-9A-Za-z:._-]{1,100}$/)
    .optional(),
  limit: queryNumberSchema(z.coerce.number().int().min(1).max(100).default(20)),
});
