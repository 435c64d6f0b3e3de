import { boundedTextSchema, geoPointSchema, MAX_PHOTOS_PER_REPORT, reportCategorySchema, reportStatusSchema } from '@waystation/contracts';
import { z } from 'zod';
import { idCursorPageQuerySchema } from '../common/page';

export const submitReportSchema = z.object({
  category: reportCategorySchema,
  description: boundedTextSchema(2_000, { multiline: true }),
  location: geoPointSchema,
  address: boundedTextSchema(300).optional(),
  photoIds: z
    .array(z.uuid())
    .min(1)
    .max(MAX_PHOTOS_PER_REPORT)
    .refine((ids) => new Set(ids).size === ids.length, 'must not name a photo twice')
    .describe('Photos uploaded with POST /api/v1/report-photos by the submitter, not attached to another report'),
});
export type SubmitReport = z.output<typeof submitReportSchema>;

/** Attaches a photo uploaded with POST /api/v1/report-photos; adding one the report has already changes nothing. */
export const addReportPhotoSchema = z.object({ photoId: z.uuid() });
export type AddReportPhoto = z.output<typeof addReportPhotoSchema>;

export const confirmReportSchema = z.object({ note: boundedTextSchema(500, { multiline: true }).optional() }).default({});
export type ConfirmReport = z.output<typeof confirmReportSchema>;

export const rejectReportSchema = z.object({ reason: boundedTextSchema(500, { multiline: true }) });
export type RejectReport = z.output<typeof rejectReportSchema>;

export const listReportsQuerySchema = idCursorPageQuerySchema.extend({ status: reportStatusSchema.optional() });
