import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { reportCategoryRefSchema } from '../shared/report-category.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { reporterKindField } from '../shared/reporter-kind.schema';
import { Topics } from '../topics';

export const reportClosedV1 = defineEvent({
  type: 'report.closed',
  version: 1,
  topic: Topics.reports,
  description: 'A resolved report ended: the reporter confirmed it was fixed. Points may pay a resolution bonus. aggregateId: reportId.',
  payload: z.object({
    reportId: entityIdSchema,
    reporterId: entityIdSchema,
    reporterKind: reporterKindField,
    category: reportCategoryRefSchema,
    closedAt: utcTimestampSchema,
  }),
});

export type ReportClosedV1 = EventOf<typeof reportClosedV1>;
