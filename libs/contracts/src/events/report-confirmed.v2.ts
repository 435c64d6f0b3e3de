import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { communityCodeSchema, districtCodeSchema } from '../shared/area-code.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { geoPointSchema } from '../shared/geo-point.schema';
import { reportCategoryRefSchema } from '../shared/report-category.schema';
import { reportSeveritySchema } from '../shared/report-severity.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const reportConfirmedV2 = defineEvent({
  type: 'report.confirmed',
  version: 2,
  topic: Topics.reports,
  description:
    'Community staff confirmed a report. Points credits the reporter exactly once; notifications tells the ' +
    'reporter. aggregateId: reportId.',
  payload: z.object({
    reportId: entityIdSchema,
    reporterId: entityIdSchema,
    category: reportCategoryRefSchema,
    location: geoPointSchema,
    communityCode: communityCodeSchema.nullable().describe('Null only for a report filed before reports knew the city map'),
    districtCode: districtCodeSchema.nullable(),
    private: z.boolean().describe('A care referral: only the reporter, the community staff and civil affairs may see it'),
    capturedAt: utcTimestampSchema,
    confirmedBy: entityIdSchema,
    confirmedAt: utcTimestampSchema,
    severity: reportSeveritySchema.describe('How serious the reviewer judged it'),
  }),
});

export type ReportConfirmedV2 = EventOf<typeof reportConfirmedV2>;
