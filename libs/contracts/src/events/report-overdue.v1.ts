import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { communityCodeSchema, districtCodeSchema } from '../shared/area-code.schema';
import { departmentCodeSchema } from '../shared/department-code.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { slaDeadlineKindSchema } from '../shared/report-sla.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const reportOverdueV1 = defineEvent({
  type: 'report.overdue',
  version: 1,
  topic: Topics.reports,
  description:
    'A report passed an SLA deadline (acknowledge or resolve) without meeting it; sent once per breach, i.e. once ' +
    'per (report, kind, deadline): a restarted deadline that passes again is a new breach. Without `departmentCode` ' +
    "it is the report's own deadline (from confirmation), and notifications alerts the community's staff; with it, " +
    "the deadline is that department's own (from its dispatch), once per (report, department, kind, deadline), and " +
    "the event also goes to the department's topic. Carries no reporter, location or free text, so it is safe for " +
    'private reports too. aggregateId: reportId.',
  payload: z.object({
    reportId: entityIdSchema,
    /** The category's code. */
    category: z.string().min(1).max(60),
    /** A care referral: consumers show that one is overdue, never what it is about. */
    private: z.boolean(),
    communityCode: communityCodeSchema.nullable(),
    districtCode: districtCodeSchema.nullable(),
    /** The department that missed its own deadline; absent for the report's own deadline. */
    departmentCode: departmentCodeSchema.optional(),
    kind: slaDeadlineKindSchema,
    dueAt: utcTimestampSchema,
    detectedAt: utcTimestampSchema,
  }),
});

export type ReportOverdueV1 = EventOf<typeof reportOverdueV1>;
