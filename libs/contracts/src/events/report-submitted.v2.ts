import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { communityCodeSchema, districtCodeSchema } from '../shared/area-code.schema';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { reportCategoryRefSchema } from '../shared/report-category.schema';
import { MAX_PHOTOS_PER_REPORT, reportPhotoSchema } from '../shared/report-photo.schema';
import { reportLocationSchema } from '../shared/report-location.schema';
import { reportAnswersSchema } from '../shared/report-question.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const reportSubmittedV2 = defineEvent({
  type: 'report.submitted',
  version: 2,
  topic: Topics.reports,
  description:
    'A worker reported a problem they saw (snap and report), in a category the city office configures, at a place ' +
    'of the city map. Notifications alerts the staff of the community. aggregateId: reportId.',
  payload: z.object({
    reportId: entityIdSchema,
    reporterId: entityIdSchema,
    category: reportCategoryRefSchema,
    description: boundedTextSchema(2_000, { multiline: true }),
    location: reportLocationSchema,
    address: boundedTextSchema(300).optional(),
    stationId: entityIdSchema.optional().describe('The station the reporter named as nearby'),
    photos: z.array(reportPhotoSchema).max(MAX_PHOTOS_PER_REPORT).describe('The uploaded photos (metadata stripped)'),
    answers: reportAnswersSchema.describe("Answers to the category's questions, by question code"),
    communityCode: communityCodeSchema,
    districtCode: districtCodeSchema,
    private: z.boolean().describe('A care referral: only the reporter, the community staff and civil affairs may see it'),
    capturedAt: utcTimestampSchema.describe('When the reporter saw it (earlier than submittedAt for a report made offline)'),
    submittedAt: utcTimestampSchema,
  }),
});

export type ReportSubmittedV2 = EventOf<typeof reportSubmittedV2>;
