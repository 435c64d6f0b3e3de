import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { departmentCodeSchema } from '../shared/department-code.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const reportWithdrawnV1 = defineEvent({
  type: 'report.withdrawn',
  version: 1,
  topic: Topics.reports,
  description:
    'Staff re-routed a report away from these departments (or, re-dispatching a reopened report, closed out the ' +
    'earlier round of those not sent it again): they no longer act on it. aggregateId: reportId.',
  payload: z.object({
    reportId: entityIdSchema,
    departments: z.array(departmentCodeSchema).min(1).max(20),
    reason: boundedTextSchema(500, { multiline: true }),
    withdrawnBy: entityIdSchema,
    withdrawnAt: utcTimestampSchema,
  }),
});

export type ReportWithdrawnV1 = EventOf<typeof reportWithdrawnV1>;
