import {
  boundedTextSchema,
  entityIdSchema,
  photoUrlSchema,
  reportAnswersSchema,
  reportCategoryCodeSchema,
  reportLocationSchema,
  reportStatusSchema,
  utcTimestampSchema,
} from '@waystation/contracts';
import { z } from 'zod';
import { idCursorPageQuerySchema } from '../common/page';

export const submitReportSchema = z.object({
  category: reportCategoryCodeSchema.describe('An active category (GET /api/v1/report-categories)'),
  description: boundedTextSchema(2_000, { multiline: true }),
  location: reportLocationSchema,
  address: boundedTextSchema(300).optional(),
  stationId: entityIdSchema.optional().describe('A station near what is reported'),
  photoUrls: z.array(photoUrlSchema).max(9).default([]),
  answers: reportAnswersSchema.default({}).describe("Answers to the category's questions, by question code"),
  capturedAt: utcTimestampSchema
    .optional()
    .describe('When the reporter saw it, for a report made offline; at most REPORTS_CAPTURED_AT_MAX_AGE_HOURS before now'),
});
export type SubmitReport = z.output<typeof submitReportSchema>;

export const confirmReportSchema = z.object({ note: boundedTextSchema(500, { multiline: true }).optional() }).default({});
export type ConfirmReport = z.output<typeof confirmReportSchema>;

export const rejectReportSchema = z.object({ reason: boundedTextSchema(500, { multiline: true }) });
export type RejectReport = z.output<typeof rejectReportSchema>;

export const listReportsQuerySchema = idCursorPageQuerySchema.extend({ status: reportStatusSchema.optional() });
