import { defineEvent, type EventOf } from '../define-event';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';
import { redemptionRefundPayloadSchema } from '../shared/redemption-refund.schema';

export const redemptionCancelledV1 = defineEvent({
  type: 'redemption.cancelled',
  version: 1,
  topic: Topics.points,
  description:
    'The worker cancelled a redemption before it was handed over: the stock is back at the station and the points ' +
    'back on their balance. aggregateId: redemptionId.',
  payload: redemptionRefundPayloadSchema.extend({ cancelledAt: utcTimestampSchema }),
});

export type RedemptionCancelledV1 = EventOf<typeof redemptionCancelledV1>;
