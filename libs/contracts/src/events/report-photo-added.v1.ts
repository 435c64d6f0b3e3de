import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { MAX_PHOTOS_PER_REPORT, photoMimeTypeSchema, reportPhotoSchema } from '../shared/report-photo.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const reportPhotoAddedV1 = defineEvent({
  type: 'report.photo-added',
  version: 1,
  topic: Topics.reports,
  description:
    'The reporter added a photo to a report that was not reviewed yet (metadata stripped). Reviewers see the new ' +
    'evidence. aggregateId: reportId.',
  payload: z.object({
    reportId: entityIdSchema,
    reporterId: entityIdSchema,
    photo: reportPhotoSchema.extend({ mime: photoMimeTypeSchema, bytes: z.int().positive() }),
    /** The report's photos after this one, in the order they were added. */
    photoCount: z.int().min(2).max(MAX_PHOTOS_PER_REPORT),
    addedAt: utcTimestampSchema,
  }),
});

export type ReportPhotoAddedV1 = EventOf<typeof reportPhotoAddedV1>;
