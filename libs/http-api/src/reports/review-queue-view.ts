import { reportCategoryCodeSchema } from '@waystation/contracts';
import { z } from 'zod';
import { pageSchemaOf } from '../common/page';
import { reportViewSchema } from './report-view';

export const reviewQueueCountsSchema = z.object({
  total: z.number().int().min(0).describe('Reports waiting for review in the queue (the community filter applies, the others not)'),
  byCategory: z.array(z.object({ category: reportCategoryCodeSchema, count: z.number().int().min(1) })),
  duplicates: z.number().int().min(0).describe('Of those, flagged as likely duplicates'),
});
export type ReviewQueueCounts = z.infer<typeof reviewQueueCountsSchema>;

/** A page of the review queue, oldest first, with the queue's counts. */
export const reviewQueuePageSchema = pageSchemaOf(reportViewSchema).extend({ counts: reviewQueueCountsSchema });
export type ReviewQueuePage = z.infer<typeof reviewQueuePageSchema>;

/** A report and the open reports it may duplicate, side by side, earliest first. */
export const reportDuplicatesViewSchema = z.object({ report: reportViewSchema, candidates: z.array(reportViewSchema) });
export type ReportDuplicatesView = z.infer<typeof reportDuplicatesViewSchema>;
