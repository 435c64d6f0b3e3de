import { defineEvent, type EventOf } from '../define-event';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';
import { redemptionRefundPayloadSchema } from '../shared/redemption-refund.schema';

export const redemptionExpiredV1 = defineEvent({
  type: 'redemption.expired',
  version: 1,
  topic: Topics.points,
  description:
    'A redemption was not collected in time: the stock is back at the station and the points back on the ' +
    "worker's balance. Notifications tells the worker. aggregateId: redemptionId.",
  payload: redemptionRefundPayloadSchema.extend({ expiredAt: utcTimestampSchema }),
});

export type RedemptionExpiredV1 = EventOf<typeof redemptionExpiredV1>;
