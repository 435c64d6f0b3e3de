import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { communityCodeSchema, districtCodeSchema } from '../shared/area-code.schema';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { contentOnlyWhenPublic } from '../shared/private-report-content';
import { reportCategoryRefSchema } from '../shared/report-category.schema';
import { MAX_PHOTOS_PER_REPORT, reportPhotoSchema } from '../shared/report-photo.schema';
import { reportLocationSchema } from '../shared/report-location.schema';
import { reportAnswersSchema } from '../shared/report-question.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { reporterKindField } from '../shared/reporter-kind.schema';
import { Topics } from '../topics';

/** v2 carried a private report's content to every consumer; v3 leaves it out. */
export const reportSubmittedV3 = defineEvent({
  type: 'report.submitted',
  version: 3,
  topic: Topics.reports,
  description:
    'A worker reported a problem they saw (snap and report), in a category the city office configures, at a place ' +
    'of the city map. Notifications alerts the staff of the community. A private report (a care referral) carries ' +
    'no description, location, address, station, photos or answers: only ids, category, community, district and ' +
    'times; who may read it does so through the reports API. aggregateId: reportId.',
  payload: z
    .object({
      reportId: entityIdSchema,
      reporterId: entityIdSchema,
      reporterKind: reporterKindField,
      category: reportCategoryRefSchema,
      description: boundedTextSchema(2_000, { multiline: true }).optional().describe('Absent exactly when private'),
      location: reportLocationSchema.optional().describe('Absent exactly when private'),
      address: boundedTextSchema(300).optional().describe('Never present when private'),
      stationId: entityIdSchema.optional().describe('The station the reporter named as nearby; never present when private'),
      photos: z
        .array(reportPhotoSchema)
        .max(MAX_PHOTOS_PER_REPORT)
        .optional()
        .describe('The uploaded photos (metadata stripped); absent exactly when private'),
      answers: reportAnswersSchema
        .optional()
        .describe("Answers to the category's questions, by question code; absent exactly when private"),
      communityCode: communityCodeSchema,
      districtCode: districtCodeSchema,
      private: z.boolean().describe('A care referral: only the reporter, the community staff and civil affairs may see it'),
      capturedAt: utcTimestampSchema.describe('When the reporter saw it (earlier than submittedAt for a report made offline)'),
      submittedAt: utcTimestampSchema,
    })
    .superRefine(contentOnlyWhenPublic({ required: ['description', 'location', 'photos', 'answers'], optional: ['address', 'stationId'] })),
});

export type ReportSubmittedV3 = EventOf<typeof reportSubmittedV3>;
