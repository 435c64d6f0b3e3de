import { geoPointSchema, reportCategorySchema, reportPhotoSchema, reportStatusSchema, utcTimestampSchema } from '@waystation/contracts';
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
  category: reportCategorySchema,
  description: z.string(),
  location: geoPointSchema,
  address: nullableTextSchema(),
  photos: z.array(reportPhotoSchema).describe('In the order they were added'),
  status: reportStatusSchema,
  submittedAt: utcTimestampSchema,
  reviewedAt: utcTimestampSchema.nullable(),
  reviewedBy: nullableTextSchema(),
  rejectionReason: nullableTextSchema(),
  history: z.array(reportHistoryEntryViewSchema).describe('Oldest first'),
});
export type ReportView = z.infer<typeof reportViewSchema>;
