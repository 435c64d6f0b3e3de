import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { geoPointSchema } from '../shared/geo-point.schema';
import { photoUrlSchema } from '../shared/photo-url.schema';
import { reportCategoryV1Schema } from '../shared/report-category-v1.schema';
import { MAX_PHOTOS_PER_REPORT, reportPhotoSchema } from '../shared/report-photo.schema';
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
    /** The uploaded photos (metadata stripped); added compatibly, so absent in events of older producers. */
    photos: z.array(reportPhotoSchema).max(MAX_PHOTOS_PER_REPORT).optional(),
    communityId: entityIdSchema.optional(),
    submittedAt: utcTimestampSchema,
  }),
});

export type ReportSubmittedV1 = EventOf<typeof reportSubmittedV1>;
