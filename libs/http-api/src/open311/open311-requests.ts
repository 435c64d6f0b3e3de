import { z } from 'zod';
import { queryNumberSchema } from '../common/query-number';

/** GeoReport v2's two statuses (how Waystation's map onto them: docs/open311.md). */
export const Open311Statuses = ['open', 'closed'] as const;
export const open311StatusSchema = z.enum(Open311Statuses);
export type Open311Status = z.infer<typeof open311StatusSchema>;

/** A W3C date-time with its zone, as GeoReport v2 writes every time. */
const w3DateTimeSchema = z.iso.datetime({ offset: true, error: 'Expected a W3C date-time with a zone, e.g. 2026-12-01T08:00:00+08:00' });

/**
 * A service request (a report), with GeoReport v2's field names. Never the reporter, nor the photos; a field the
 * report has no value for is left out.
 */
export const open311RequestSchema = z.object({
  service_request_id: z.string(),
  status: open311StatusSchema,
  status_notes: z.string().describe("The report's own status in words (it has more than open and closed)"),
  service_name: z.string(),
  service_code: z.string(),
  description: z.string(),
  agency_responsible: z.string().optional().describe('The departments it was sent to, comma-separated'),
  requested_datetime: z.string(),
  updated_datetime: z.string(),
  address: z.string().optional(),
  lat: z.number(),
  long: z.number(),
});
export type Open311Request = z.infer<typeof open311RequestSchema>;

/** The most requests one answer holds, and the window a query without dates covers (GeoReport v2's defaults). */
export const OPEN311_MAX_PAGE_SIZE = 1_000;
export const OPEN311_DEFAULT_WINDOW_DAYS = 90;

const MAX_IDS = 100;

function datesInOrder({ start_date, end_date }: { start_date?: string; end_date?: string }): boolean {
  return !start_date || !end_date || Date.parse(start_date) <= Date.parse(end_date);
}

/** GET requests' filters. `service_request_id` (a comma-separated list) overrides every other. */
export const open311RequestsQuerySchema = z
  .object({
    service_request_id: z
      .string()
      .max(MAX_IDS * 37)
      .transform((text) => text.split(',').map((id) => id.trim()))
      .pipe(z.array(z.uuid('Each service_request_id is one this API gave')).max(MAX_IDS))
      .optional()
      .describe(`Comma-separated, at most ${MAX_IDS}; overrides every other filter`),
    service_code: z.string().max(50).optional(),
    start_date: w3DateTimeSchema
      .optional()
      .describe(`Earliest requested_datetime; default: ${OPEN311_DEFAULT_WINDOW_DAYS} days before end_date`),
    end_date: w3DateTimeSchema.optional().describe('Latest requested_datetime; default: now'),
    status: open311StatusSchema.optional(),
    page: queryNumberSchema(z.coerce.number().int().min(1).max(100_000).default(1)),
    page_size: queryNumberSchema(z.coerce.number().int().min(1).max(OPEN311_MAX_PAGE_SIZE).default(OPEN311_MAX_PAGE_SIZE)),
  })
  .refine(datesInOrder, { path: ['start_date'], message: 'start_date is after end_date' });
export type Open311RequestsQuery = z.output<typeof open311RequestsQuerySchema>;

/** A step of a request's life, as mySociety's servicerequestupdates extension names its fields. */
export const open311RequestUpdateSchema = z.object({
  update_id: z.string(),
  service_request_id: z.string(),
  status: open311StatusSchema,
  updated_datetime: z.string(),
  description: z.string(),
});
export type Open311RequestUpdate = z.infer<typeof open311RequestUpdateSchema>;

export const open311UpdatesQuerySchema = z
  .object({
    start_date: w3DateTimeSchema
      .optional()
      .describe(`Earliest updated_datetime; default: ${OPEN311_DEFAULT_WINDOW_DAYS} days before end_date`),
    end_date: w3DateTimeSchema.optional().describe('Latest updated_datetime; default: now'),
  })
  .refine(datesInOrder, { path: ['start_date'], message: 'start_date is after end_date' });
export type Open311UpdatesQuery = z.output<typeof open311UpdatesQuerySchema>;
