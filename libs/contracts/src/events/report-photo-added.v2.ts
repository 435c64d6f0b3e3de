import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { contentOnlyWhenPublic } from '../shared/private-report-content';
import { MAX_PHOTOS_PER_REPORT, photoMimeTypeSchema, reportPhotoSchema } from '../shared/report-photo.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { reporterKindField } from '../shared/reporter-kind.schema';
import { Topics } from '../topics';

/** v1 carried a private report's photo to every consumer; v2 says whether the report is private and then leaves it out. */
export const reportPhotoAddedV2 = defineEvent({
  type: 'report.photo-added',
  version: 2,
  topic: Topics.reports,
  description:
    'The reporter added a photo to a report that was not reviewed yet (metadata stripped). Reviewers see the new ' +
    'evidence. A private report (a care referral) carries no photo, only the count. aggregateId: reportId.',
  payload: z
    .object({
      reportId: entityIdSchema,
      reporterId: entityIdSchema,
      reporterKind: reporterKindField,
      private: z.boolean().describe('A care referral: only the reporter, the community staff and civil affairs may see it'),
      photo: reportPhotoSchema
        .extend({ mime: photoMimeTypeSchema, bytes: z.int().positive() })
        .optional()
        .describe('Absent exactly when private'),
      /** The report's photos after this one, in the order they were added. */
      photoCount: z.int().min(2).max(MAX_PHOTOS_PER_REPORT),
      addedAt: utcTimestampSchema,
    })
    .superRefine(contentOnlyWhenPublic({ required: ['photo'] })),
});

export type ReportPhotoAddedV2 = EventOf<typeof reportPhotoAddedV2>;
