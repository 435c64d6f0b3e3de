import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const pointsDebitedV1 = defineEvent({
  type: 'points.debited',
  version: 1,
  topic: Topics.points,
  description:
    "Points were taken from a worker's balance (spent on a reward). Notifications tells the worker. aggregateId: " +
    "accountId, so a worker's credits and debits stay in order.",
  payload: z.object({
    transactionId: entityIdSchema,
    accountId: entityIdSchema.describe("The worker's account"),
    amount: z.number().int().positive().describe('How many points were taken'),
    balanceAfter: z.number().int().min(0),
    reason: boundedTextSchema(100).describe('What the points were spent on, e.g. redemption'),
    referenceId: entityIdSchema.describe('What they were spent on, e.g. the redemption id'),
    debitedAt: utcTimestampSchema,
  }),
});

export type PointsDebitedV1 = EventOf<typeof pointsDebitedV1>;
