import {
  boundedTextSchema,
  communityCodeSchema,
  entityIdSchema,
  MAX_PHOTOS_PER_REPORT,
  reportAnswersSchema,
  reportCategoryCodeSchema,
  reportLocationSchema,
  reportRejectionReasonSchema,
  reportSeveritySchema,
  reportStatusSchema,
  utcTimestampSchema,
} from '@waystation/contracts';
import { z } from 'zod';
import { idCursorPageQuerySchema, pageQuerySchema } from '../common/page';
import { queryNumberSchema } from '../common/query-number';

export const submitReportSchema = z.object({
  category: reportCategoryCodeSchema.describe('An active category (GET /api/v1/report-categories)'),
  description: boundedTextSchema(2_000, { multiline: true }),
  location: reportLocationSchema,
  address: boundedTextSchema(300).optional(),
  stationId: entityIdSchema.optional().describe('A station near what is reported'),
  photoIds: z
    .array(z.uuid())
    .min(1)
    .max(MAX_PHOTOS_PER_REPORT)
    .refine((ids) => new Set(ids).size === ids.length, 'must not name a photo twice')
    .describe('Photos uploaded with POST /api/v1/report-photos by the submitter, not attached to another report'),
  answers: reportAnswersSchema.default({}).describe("Answers to the category's questions, by question code"),
  capturedAt: utcTimestampSchema
    .optional()
    .describe('When the reporter saw it, for a report made offline; at most REPORTS_CAPTURED_AT_MAX_AGE_HOURS before now'),
});
export type SubmitReport = z.output<typeof submitReportSchema>;

/** Attaches a photo uploaded with POST /api/v1/report-photos; adding one the report has already changes nothing. */
export const addReportPhotoSchema = z.object({ photoId: z.uuid() });
export type AddReportPhoto = z.output<typeof addReportPhotoSchema>;

export const confirmReportSchema = z
  .object({
    severity: reportSeveritySchema.default('medium').describe('How serious the problem is; medium when not given'),
    note: boundedTextSchema(500, { multiline: true }).optional(),
  })
  .prefault({});
export type ConfirmReport = z.output<typeof confirmReportSchema>;

export const rejectReportSchema = z.object({
  reasonCode: reportRejectionReasonSchema,
  note: boundedTextSchema(500, { multiline: true }).optional().describe('What the reporter reads; the reason code when absent'),
});
export type RejectReport = z.output<typeof rejectReportSchema>;

export const listReportsQuerySchema = idCursorPageQuerySchema.extend({ status: reportStatusSchema.optional() });

/** Merging a duplicate into the case it joins: the id of the earlier, open report the case is built around. */
export const mergeReportSchema = z.object({ caseId: z.uuid() });
export type MergeReport = z.output<typeof mergeReportSchema>;

/** The reporter's answer to "was it fixed?" after a report was resolved. */
export const reportFeedbackSchema = z.object({ fixed: z.boolean() });
export type ReportFeedback = z.output<typeof reportFeedbackSchema>;

const queryFlagSchema = z
  .enum(['true', 'false'])
  .default('false')
  .transform((value) => value === 'true');

export const reviewQueueQuerySchema = pageQuerySchema.extend({
  community: communityCodeSchema.optional().describe("Only this community's reports (within the caller's communities)"),
  category: reportCategoryCodeSchema.optional(),
  minAgeMinutes: queryNumberSchema(z.coerce.number().int().min(0).max(525_600).optional()).describe(
    'Only reports submitted at least this many minutes ago',
  ),
  duplicatesOnly: queryFlagSchema.describe('Only reports flagged as likely duplicates'),
});
export type ReviewQueueQuery = z.output<typeof reviewQueueQuerySchema>;
