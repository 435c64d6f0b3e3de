import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { rewardKindSchema, rewardNameSchema } from '../shared/reward.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const redemptionPlacedV1 = defineEvent({
  type: 'redemption.placed',
  version: 1,
  topic: Topics.points,
  description:
    "A worker spent points on a reward; one of the station's stock is held for them until they collect it or it " +
    "expires. Notifications tells the worker it is ready and the station's managers that it is to hand over. The " +
    'redemption code is not in the event: only the worker holds it. aggregateId: redemptionId.',
  payload: z.object({
    redemptionId: entityIdSchema,
    workerId: entityIdSchema,
    rewardId: entityIdSchema,
    rewardKind: rewardKindSchema,
    rewardName: rewardNameSchema,
    stationId: entityIdSchema.describe('The station that holds the stock and hands the reward over'),
    cost: z.number().int().positive(),
    placedAt: utcTimestampSchema,
    expiresAt: utcTimestampSchema.describe('Uncollected by then, the redemption expires and the points are refunded'),
  }),
});

export type RedemptionPlacedV1 = EventOf<typeof redemptionPlacedV1>;
