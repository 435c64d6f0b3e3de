import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const pointsReservedV1 = defineEvent({
  type: 'points.reserved',
  version: 1,
  topic: Topics.points,
  description:
    'Points were reserved for a worker as pending: what a submitted report will earn once it is confirmed. The worker ' +
    'sees them as pending; the confirmation credits them (points.credited) and a rejection or merge voids them ' +
    '(points.voided). aggregateId: accountId.',
  payload: z.object({
    transactionId: entityIdSchema,
    accountId: entityIdSchema.describe("The worker's account"),
    amount: z.number().int().positive(),
    pendingAfter: z.number().int().nonnegative().describe("The worker's pending points after the reservation"),
    reason: boundedTextSchema(100).describe('What the points are reserved for, e.g. report.reserved'),
    referenceId: entityIdSchema.describe('What they are reserved for, e.g. the report id'),
    ruleVersionId: z.uuid().describe('The earning rule version that set the amount'),
    sourceEventId: z.uuid(),
    reservedAt: utcTimestampSchema,
  }),
});

export type PointsReservedV1 = EventOf<typeof pointsReservedV1>;
