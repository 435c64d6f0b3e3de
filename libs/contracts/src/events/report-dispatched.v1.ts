import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { communityCodeSchema, districtCodeSchema } from '../shared/area-code.schema';
import { departmentCodeSchema } from '../shared/department-code.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { geoPointSchema } from '../shared/geo-point.schema';
import { localizedTextSchema } from '../shared/localized-text.schema';
import { reportCategoryRefSchema } from '../shared/report-category.schema';
import { reportSeveritySchema } from '../shared/report-severity.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const reportDispatchedV1 = defineEvent({
  type: 'report.dispatched',
  version: 1,
  topic: Topics.reports,
  description:
    'A report was sent to one or more departments: automatically at confirmation by the routing rules, or by staff ' +
    '(manual dispatch, re-route). `departments` are the ones newly given the report by this dispatch, with their ' +
    'names. Department-facing: no reporter, and no location for a private report (a care referral). ' +
    'aggregateId: reportId.',
  payload: z.object({
    reportId: entityIdSchema,
    category: reportCategoryRefSchema,
    severity: reportSeveritySchema.nullable(),
    private: z.boolean(),
    /** Null for a private report. */
    location: geoPointSchema.nullable(),
    communityCode: communityCodeSchema.nullable(),
    districtCode: districtCodeSchema.nullable(),
    departments: z
      .array(
        z.object({
          code: departmentCodeSchema,
          /** The routing rule (and its version) that chose this department; null when staff chose it. */
          ruleId: z.string().min(1).max(40).nullable(),
          /** The department's names, for telling the reporter who has their report (absent in older events). */
          name: localizedTextSchema(100).optional(),
        }),
      )
      .min(1)
      .max(20),
    dispatchedBy: entityIdSchema,
    dispatchedAt: utcTimestampSchema,
  }),
});

export type ReportDispatchedV1 = EventOf<typeof reportDispatchedV1>;
