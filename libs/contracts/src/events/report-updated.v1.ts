import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { departmentAssignmentStatusSchema } from '../shared/department-assignment-status.schema';
import { departmentCodeSchema } from '../shared/department-code.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { reportStatusSchema } from '../shared/report-status.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const reportUpdatedV1 = defineEvent({
  type: 'report.updated',
  version: 1,
  topic: Topics.reports,
  description:
    'A department moved on a report routed to it (acknowledged, posted progress, resolved, or answered not ' +
    "responsible). `status` is that department's progress, `reportStatus` the report's overall status that follows " +
    'from every department. aggregateId: reportId.',
  payload: z.object({
    reportId: entityIdSchema,
    departmentCode: departmentCodeSchema,
    status: departmentAssignmentStatusSchema,
    reportStatus: reportStatusSchema,
    note: boundedTextSchema(2000, { multiline: true }).optional(),
    photoIds: z.array(entityIdSchema).max(4).optional(),
    updatedBy: entityIdSchema,
    updatedAt: utcTimestampSchema,
  }),
});

export type ReportUpdatedV1 = EventOf<typeof reportUpdatedV1>;
