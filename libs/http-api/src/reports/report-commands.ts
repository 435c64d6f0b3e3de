import { boundedTextSchema, geoPointSchema, photoUrlSchema, reportCategorySchema, reportStatusSchema } from '@waystation/contracts';
import { z } from 'zod';
import { idCursorPageQuerySchema } from '../common/page';

export const submitReportSchema = z.object({
  category: reportCategorySchema,
  description: boundedTextSchema(2_000, { multiline: true }),
  location: geoPointSchema,
  address: boundedTextSchema(300).optional(),
  photoUrls: z.array(photoUrlSchema).max(9).default([]),
});
export type SubmitReport = z.output<typeof submitReportSchema>;

export const confirmReportSchema = z.object({ note: boundedTextSchema(500, { multiline: true }).optional() }).default({});
export type ConfirmReport = z.output<typeof confirmReportSchema>;

export const rejectReportSchema = z.object({ reason: boundedTextSchema(500, { multiline: true }) });
export type RejectReport = z.output<typeof rejectReportSchema>;

export const listReportsQuerySchema = idCursorPageQuerySchema.extend({ status: reportStatusSchema.optional() });
