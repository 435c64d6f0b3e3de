import { checkInMethodSchema, checkOutReasonSchema, utcTimestampSchema } from '@waystation/contracts';
import { z } from 'zod';

export const checkInViewSchema = z.object({
  id: z.uuid(),
  stationId: z.uuid(),
  workerId: z.string(),
  method: checkInMethodSchema,
  checkedInAt: utcTimestampSchema,
  checkedOutAt: utcTimestampSchema.nullable().describe('Null while checked in'),
  checkOutReason: checkOutReasonSchema.nullable(),
});
export type CheckInView = z.infer<typeof checkInViewSchema>;

export const stationCodesViewSchema = z.object({
  stationId: z.uuid(),
  rotating: z.object({
    code: z.string().describe("Show as a QR code on the station's screen"),
    refreshAt: utcTimestampSchema.describe('When to fetch the next code'),
    validUntil: utcTimestampSchema,
  }),
  printed: z.string().describe('Print at the door; workers check in with it from within the geofence'),
});
export type StationCodesView = z.infer<typeof stationCodesViewSchema>;

export const stationVisitsViewSchema = z.object({
  stationId: z.uuid(),
  from: utcTimestampSchema,
  to: utcTimestampSchema,
  granularity: z.enum(['day', 'hour']),
  timeZone: z.string().describe("The city's time zone, whose days and hours the buckets are"),
  buckets: z.array(
    z.object({
      start: utcTimestampSchema,
      visits: z.number().int().min(0).describe('Check-ins that began in it'),
      visitors: z.number().int().min(0).describe('Distinct workers among them'),
    }),
  ),
});
export type StationVisitsView = z.infer<typeof stationVisitsViewSchema>;
