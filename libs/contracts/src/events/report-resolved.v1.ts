import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { reportCategoryRefSchema } from '../shared/report-category.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { reporterKindField } from '../shared/reporter-kind.schema';
import { Topics } from '../topics';

export const reportResolvedV1 = defineEvent({
  type: 'report.resolved',
  version: 1,
  topic: Topics.reports,
  description:
    'A department resolved a report. Notifications asks the reporter whether it was fixed; an answer before ' +
    'feedbackDueAt can reopen it. aggregateId: reportId.',
  payload: z.object({
    reportId: entityIdSchema,
    reporterId: entityIdSchema,
    reporterKind: reporterKindField,
    category: reportCategoryRefSchema,
    resolvedBy: entityIdSchema,
    resolvedAt: utcTimestampSchema,
    feedbackDueAt: utcTimestampSchema,
  }),
});

export type ReportResolvedV1 = EventOf<typeof reportResolvedV1>;
