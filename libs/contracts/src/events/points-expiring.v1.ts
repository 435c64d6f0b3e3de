import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const pointsExpiringV1 = defineEvent({
  type: 'points.expiring',
  version: 1,
  topic: Topics.points,
  description:
    'A warning, at most once a month per worker: some of their points will expire by `expiresBy` unless spent. ' +
    'Notifications tells the worker. aggregateId: accountId.',
  payload: z.object({
    accountId: entityIdSchema.describe("The worker's account"),
    amount: z.number().int().positive().describe('Points that expire by then if none are spent'),
    expiresBy: utcTimestampSchema,
    warnedAt: utcTimestampSchema,
  }),
});

export type PointsExpiringV1 = EventOf<typeof pointsExpiringV1>;
