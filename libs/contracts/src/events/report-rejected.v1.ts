import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { reportCategoryV1Schema } from '../shared/report-category-v1.schema';
import { reportRejectionReasonSchema } from '../shared/report-rejection-reason.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { reporterKindField } from '../shared/reporter-kind.schema';
import { Topics } from '../topics';

export const reportRejectedV1 = defineEvent({
  type: 'report.rejected',
  version: 1,
  topic: Topics.reports,
  description:
    'Community staff rejected a report with a reason. Notifications tells the reporter why. `reason` is the text the ' +
    'reporter reads (the staff note, else the reason code). aggregateId: reportId.',
  payload: z.object({
    reportId: entityIdSchema,
    reporterId: entityIdSchema,
    reporterKind: reporterKindField,
    category: reportCategoryV1Schema,
    rejectedBy: entityIdSchema,
    reason: boundedTextSchema(500, { multiline: true }),
    rejectedAt: utcTimestampSchema,
    /** Added compatibly; absent on rejections from before reason codes. */
    reasonCode: reportRejectionReasonSchema.optional(),
    note: boundedTextSchema(500, { multiline: true }).optional(),
  }),
});

export type ReportRejectedV1 = EventOf<typeof reportRejectedV1>;
