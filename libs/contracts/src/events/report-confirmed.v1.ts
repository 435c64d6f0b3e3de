import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { geoPointSchema } from '../shared/geo-point.schema';
import { reportCategorySchema } from '../shared/report-category.schema';
import { reportSeveritySchema } from '../shared/report-severity.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const reportConfirmedV1 = defineEvent({
  type: 'report.confirmed',
  version: 1,
  topic: Topics.reports,
  description:
    'Community staff confirmed a report. Points credits the reporter exactly once; notifications tells the ' +
    'reporter. aggregateId: reportId.',
  payload: z.object({
    reportId: entityIdSchema,
    reporterId: entityIdSchema,
    category: reportCategorySchema,
    location: geoPointSchema,
    confirmedBy: entityIdSchema,
    confirmedAt: utcTimestampSchema,
    /** Added compatibly; absent on confirmations from before severities. */
    severity: reportSeveritySchema.optional(),
  }),
});

export type ReportConfirmedV1 = EventOf<typeof reportConfirmedV1>;
