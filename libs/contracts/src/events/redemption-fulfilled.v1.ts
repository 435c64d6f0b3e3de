import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const redemptionFulfilledV1 = defineEvent({
  type: 'redemption.fulfilled',
  version: 1,
  topic: Topics.points,
  description: "The station handed the reward over to the worker, after verifying the worker's code. aggregateId: redemptionId.",
  payload: z.object({
    redemptionId: entityIdSchema,
    workerId: entityIdSchema,
    rewardId: entityIdSchema,
    stationId: entityIdSchema,
    fulfilledBy: entityIdSchema.describe('The station manager (or city office account) who handed it over'),
    fulfilledAt: utcTimestampSchema,
  }),
});

export type RedemptionFulfilledV1 = EventOf<typeof redemptionFulfilledV1>;
