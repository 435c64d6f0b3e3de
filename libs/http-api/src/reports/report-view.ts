import {
  communityCodeSchema,
  districtCodeSchema,
  geoPointSchema,
  reportAnswersSchema,
  reportCategoryRefSchema,
  reportPhotoSchema,
  reportRejectionReasonSchema,
  reportSeveritySchema,
  reportStatusSchema,
  utcTimestampSchema,
} from '@waystation/contracts';
import { z } from 'zod';
import { nullableTextSchema } from '../common/view-fields';
import { reportDepartmentViewSchema } from '../departments/department-view';

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
  category: reportCategoryRefSchema,
  description: z.string(),
  location: geoPointSchema.extend({
    accuracyMeters: z.number().nullable().describe('Null for a report filed before accuracy was asked for'),
  }),
  address: nullableTextSchema(),
  stationId: nullableTextSchema(),
  photos: z.array(reportPhotoSchema).describe('In the order they were added'),
  answers: reportAnswersSchema,
  communityCode: communityCodeSchema.nullable().describe('Null only for a report filed before reports knew the city map'),
  districtCode: districtCodeSchema.nullable(),
  private: z.boolean().describe("A care referral: seen only by the reporter, the community's staff and civil affairs"),
  status: reportStatusSchema,
  capturedAt: utcTimestampSchema.describe('When the reporter saw it'),
  submittedAt: utcTimestampSchema,
  reviewedAt: utcTimestampSchema.nullable(),
  reviewedBy: nullableTextSchema(),
  rejectionReason: nullableTextSchema().describe("What the reporter reads: the reviewer's note, else the reason code"),
  rejectionCode: reportRejectionReasonSchema.nullable(),
  severity: reportSeveritySchema.nullable(),
  duplicateOf: nullableTextSchema().describe('The earlier open report this one likely duplicates (flagged at submission)'),
  mergedInto: nullableTextSchema().describe('The case (an earlier report) this report was merged into'),
  history: z.array(reportHistoryEntryViewSchema).describe('Oldest first'),
  departments: z.array(reportDepartmentViewSchema).describe('The departments it was sent to, each with its own progress, by code'),
});
export type ReportView = z.infer<typeof reportViewSchema>;
