import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const pointsExpiredV1 = defineEvent({
  type: 'points.expired',
  version: 1,
  topic: Topics.points,
  description:
    "A worker's oldest points expired: those earned before `earnedBefore` and not yet spent (spending takes the oldest " +
    'points first). A posting of its own, to the expiry account. aggregateId: accountId.',
  payload: z.object({
    transactionId: entityIdSchema,
    accountId: entityIdSchema.describe("The worker's account"),
    amount: z.number().int().positive(),
    balanceAfter: z.number().int().nonnegative(),
    earnedBefore: utcTimestampSchema.describe('Points earned up to this moment expired'),
    expiredAt: utcTimestampSchema,
  }),
});

export type PointsExpiredV1 = EventOf<typeof pointsExpiredV1>;
