import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { reportCategoryRefSchema } from '../shared/report-category.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { reporterKindField } from '../shared/reporter-kind.schema';
import { Topics } from '../topics';

export const reportMergedV1 = defineEvent({
  type: 'report.merged',
  version: 1,
  topic: Topics.reports,
  description:
    'Community staff merged a duplicate report into a case (the earlier report it duplicates; caseId is that ' +
    "report's id). Carries what points' duplicate rule needs: the reporter's position among the case's distinct " +
    'reporters (1 is the first) and whether this reporter had already reported the case (repeats count once). ' +
    'Notifications tells the reporter which case it joined. aggregateId: reportId.',
  payload: z.object({
    caseId: entityIdSchema,
    reportId: entityIdSchema,
    reporterId: entityIdSchema,
    reporterKind: reporterKindField,
    category: reportCategoryRefSchema,
    reporterPosition: z.number().int().min(1),
    alreadyReportedCase: z.boolean(),
    mergedBy: entityIdSchema,
    mergedAt: utcTimestampSchema,
  }),
});

export type ReportMergedV1 = EventOf<typeof reportMergedV1>;
