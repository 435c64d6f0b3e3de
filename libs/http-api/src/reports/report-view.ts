import { geoPointSchema, reportCategorySchema } from '@waystation/contracts';
import { z } from 'zod';
import { nullableTextSchema, timestampSchema } from '../common/view-fields';

export const reportStatusSchema = z.enum(['submitted', 'confirmed', 'rejected']);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

export const reportHistoryEntryViewSchema = z.object({
  status: reportStatusSchema,
  actorId: z.string(),
  note: nullableTextSchema(),
  at: timestampSchema(),
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
  submittedAt: timestampSchema(),
  reviewedAt: timestampSchema().nullable(),
  reviewedBy: nullableTextSchema(),
  rejectionReason: nullableTextSchema(),
  history: z.array(reportHistoryEntryViewSchema).describe('Oldest first'),
});
export type ReportView = z.infer<typeof reportViewSchema>;
