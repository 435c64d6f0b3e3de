import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { geoPointSchema } from '../shared/geo-point.schema';
import { reportCategoryV1Schema } from '../shared/report-category-v1.schema';
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
    category: reportCategoryV1Schema,
    location: geoPointSchema,
    confirmedBy: entityIdSchema,
    confirmedAt: utcTimestampSchema,
  }),
});

export type ReportConfirmedV1 = EventOf<typeof reportConfirmedV1>;
