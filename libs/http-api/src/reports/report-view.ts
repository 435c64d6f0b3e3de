import {
  communityCodeSchema,
  districtCodeSchema,
  geoPointSchema,
  reportAnswersSchema,
  reportCategoryRefSchema,
  reportStatusSchema,
  utcTimestampSchema,
} from '@waystation/contracts';
import { z } from 'zod';
import { nullableTextSchema } from '../common/view-fields';

export const reportHistoryEntryViewSchema = z.object({
  status: reportStatusSchema,
  actorId: z.string(),
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
  photoUrls: z.array(z.string()),
  answers: reportAnswersSchema,
  communityCode: communityCodeSchema.nullable().describe('Null only for a report filed before reports knew the city map'),
  districtCode: districtCodeSchema.nullable(),
  private: z.boolean().describe("A care referral: seen only by the reporter, the community's staff and civil affairs"),
  status: reportStatusSchema,
  capturedAt: utcTimestampSchema.describe('When the reporter saw it'),
  submittedAt: utcTimestampSchema,
  reviewedAt: utcTimestampSchema.nullable(),
  reviewedBy: nullableTextSchema(),
  rejectionReason: nullableTextSchema(),
  history: z.array(reportHistoryEntryViewSchema).describe('Oldest first'),
});
export type ReportView = z.infer<typeof reportViewSchema>;
