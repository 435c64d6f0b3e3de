import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const pointsAdjustedV1 = defineEvent({
  type: 'points.adjusted',
  version: 1,
  topic: Topics.points,
  description:
    "The city office corrected a worker's balance by hand, with the reason the worker reads in their history. Nothing " +
    'is edited: an adjustment is a posting of its own, to or from the adjustments account. aggregateId: accountId.',
  payload: z.object({
    transactionId: entityIdSchema,
    accountId: entityIdSchema.describe("The worker's account"),
    amount: z
      .number()
      .int()
      .refine((amount) => amount !== 0, 'an adjustment moves points')
      .describe('Positive when points were added, negative when they were taken away'),
    balanceAfter: z.number().int().nonnegative(),
    reason: boundedTextSchema(500).describe('Why, as the city office wrote it; the worker reads it'),
    adjustedBy: entityIdSchema.describe('The city office account that made it'),
    adjustedAt: utcTimestampSchema,
  }),
});

export type PointsAdjustedV1 = EventOf<typeof pointsAdjustedV1>;
