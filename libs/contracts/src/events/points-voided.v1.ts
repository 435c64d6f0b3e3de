import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const pointsVoidedV1 = defineEvent({
  type: 'points.voided',
  version: 1,
  topic: Topics.points,
  description:
    'Pending points were released without being earned: the report was rejected or merged, or a cap left part of a ' +
    'reservation unearned. Nothing is edited: the void is a posting of its own. aggregateId: accountId.',
  payload: z.object({
    transactionId: entityIdSchema,
    accountId: entityIdSchema.describe("The worker's account"),
    amount: z.number().int().positive(),
    pendingAfter: z.number().int().nonnegative(),
    reason: boundedTextSchema(100).describe('Why, e.g. report.rejected, report.merged, cap'),
    referenceId: entityIdSchema.describe('What the points had been reserved for, e.g. the report id'),
    sourceEventId: z.uuid(),
    voidedAt: utcTimestampSchema,
  }),
});

export type PointsVoidedV1 = EventOf<typeof pointsVoidedV1>;
