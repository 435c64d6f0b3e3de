import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { communityCodeSchema, districtCodeSchema } from '../shared/area-code.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { geoPointSchema } from '../shared/geo-point.schema';
import { contentOnlyWhenPublic } from '../shared/private-report-content';
import { reportCategoryRefSchema } from '../shared/report-category.schema';
import { reportSeveritySchema } from '../shared/report-severity.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { reporterKindField } from '../shared/reporter-kind.schema';
import { Topics } from '../topics';

/** v2 carried a private report's location to every consumer; v3 leaves it out. */
export const reportConfirmedV3 = defineEvent({
  type: 'report.confirmed',
  version: 3,
  topic: Topics.reports,
  description:
    'Community staff confirmed a report. Points credits the reporter exactly once; notifications tells the ' +
    'reporter. A private report (a care referral) carries no location. aggregateId: reportId.',
  payload: z
    .object({
      reportId: entityIdSchema,
      reporterId: entityIdSchema,
      reporterKind: reporterKindField,
      category: reportCategoryRefSchema,
      location: geoPointSchema.optional().describe('Absent exactly when private'),
      communityCode: communityCodeSchema.nullable().describe('Null only for a report filed before reports knew the city map'),
      districtCode: districtCodeSchema.nullable(),
      private: z.boolean().describe('A care referral: only the reporter, the community staff and civil affairs may see it'),
      capturedAt: utcTimestampSchema,
      confirmedBy: entityIdSchema,
      confirmedAt: utcTimestampSchema,
      severity: reportSeveritySchema.describe('How serious the reviewer judged it'),
    })
    .superRefine(contentOnlyWhenPublic({ required: ['location'] })),
});

export type ReportConfirmedV3 = EventOf<typeof reportConfirmedV3>;
