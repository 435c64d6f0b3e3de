import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { reportCategoryRefSchema } from '../shared/report-category.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { reporterKindField } from '../shared/reporter-kind.schema';
import { Topics } from '../topics';

export const reportReopenedV1 = defineEvent({
  type: 'report.reopened',
  version: 1,
  topic: Topics.reports,
  description:
    'The reporter answered that a resolved report was not fixed, within the feedback window: it goes back to staff ' +
    'to dispatch again. aggregateId: reportId.',
  payload: z.object({
    reportId: entityIdSchema,
    reporterId: entityIdSchema,
    reporterKind: reporterKindField,
    category: reportCategoryRefSchema,
    communityCode: z.string().nullable(),
    reopenedAt: utcTimestampSchema,
  }),
});

export type ReportReopenedV1 = EventOf<typeof reportReopenedV1>;
