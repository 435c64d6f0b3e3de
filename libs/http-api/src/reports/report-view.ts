import {
  geoPointSchema,
  reportCategorySchema,
  reportRejectionReasonSchema,
  reportSeveritySchema,
  reportStatusSchema,
  utcTimestampSchema,
} from '@waystation/contracts';
import { z } from 'zod';
import { nullableTextSchema } from '../common/view-fields';

export const reportHistoryEntryViewSchema = z.object({
  from: reportStatusSchema.nullable().describe('Null for the submission'),
  status: reportStatusSchema,
  actorId: z.string(),
  actorRole: nullableTextSchema().describe('The role the actor acted in (scheduler: the service itself); null on early entries'),
  reasonCode: nullableTextSchema(),
  note: nullableTextSchema(),
  at: utcTimestampSchema,
});
export type ReportHistoryEntryView = z.infer<typeof reportHistoryEntryViewSchema>;

export const reportViewSchema = z.object({
  id: z.uuid(),
  reporterId: z.string(),
  category: reportCategorySchema,
  description: z.string(),
  location: geoPointSchema,
  address: nullableTextSchema(),
  photoUrls: z.array(z.string()),
  status: reportStatusSchema,
  submittedAt: utcTimestampSchema,
  reviewedAt: utcTimestampSchema.nullable(),
  reviewedBy: nullableTextSchema(),
  rejectionReason: nullableTextSchema().describe("What the reporter reads: the reviewer's note, else the reason code"),
  rejectionCode: reportRejectionReasonSchema.nullable(),
  severity: reportSeveritySchema.nullable(),
  communityCode: nullableTextSchema(),
  duplicateOf: nullableTextSchema().describe('The earlier open report this one likely duplicates (flagged at submission)'),
  mergedInto: nullableTextSchema().describe('The case (an earlier report) this report was merged into'),
  history: z.array(reportHistoryEntryViewSchema).describe('Oldest first'),
});
export type ReportView = z.infer<typeof reportViewSchema>;
