import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { geoPointSchema } from '../shared/geo-point.schema';
import { photoUrlSchema } from '../shared/photo-url.schema';
import { reportCategoryV1Schema } from '../shared/report-category-v1.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const reportSubmittedV1 = defineEvent({
  type: 'report.submitted',
  version: 1,
  topic: Topics.reports,
  description:
    'A worker reported a problem they saw (snap and report). Notifications alerts the staff of the area. ' + 'aggregateId: reportId.',
  payload: z.object({
    reportId: entityIdSchema,
    reporterId: entityIdSchema,
    category: reportCategoryV1Schema,
    description: boundedTextSchema(2_000, { multiline: true }),
    location: geoPointSchema,
    address: boundedTextSchema(300).optional(),
    photoUrls: z.array(photoUrlSchema).max(9).default([]),
    communityId: entityIdSchema.optional(),
    submittedAt: utcTimestampSchema,
  }),
});

export type ReportSubmittedV1 = EventOf<typeof reportSubmittedV1>;
