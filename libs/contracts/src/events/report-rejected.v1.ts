import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { reportCategoryV1Schema } from '../shared/report-category-v1.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const reportRejectedV1 = defineEvent({
  type: 'report.rejected',
  version: 1,
  topic: Topics.reports,
  description: 'Community staff rejected a report with a reason. Notifications tells the reporter why. aggregateId: reportId.',
  payload: z.object({
    reportId: entityIdSchema,
    reporterId: entityIdSchema,
    category: reportCategoryV1Schema,
    rejectedBy: entityIdSchema,
    reason: boundedTextSchema(500, { multiline: true }),
    rejectedAt: utcTimestampSchema,
  }),
});

export type ReportRejectedV1 = EventOf<typeof reportRejectedV1>;
