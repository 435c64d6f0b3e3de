import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const pointsCreditedV1 = defineEvent({
  type: 'points.credited',
  version: 1,
  topic: Topics.points,
  description:
    "Points were added to a worker's balance. Notifications tells the worker. aggregateId: accountId, so a " +
    "worker's credits and debits stay in order.",
  payload: z.object({
    transactionId: entityIdSchema,
    accountId: entityIdSchema.describe("The worker's account"),
    amount: z.number().int().positive(),
    balanceAfter: z.number().int(),
    reason: boundedTextSchema(100).describe('What earned the points, e.g. report.confirmed'),
    referenceId: entityIdSchema.describe('What earned them, e.g. the report id'),
    sourceEventId: z.uuid().describe('The id of the event whose handling credited the points'),
    ruleVersionId: z.uuid().optional().describe('The earning rule version that set the amount'),
    creditedAt: utcTimestampSchema,
  }),
});

export type PointsCreditedV1 = EventOf<typeof pointsCreditedV1>;
