import {
  pointsDebitedV1,
  PointsDebitedV1,
  redemptionCancelledV1,
  RedemptionCancelledV1,
  redemptionExpiredV1,
  RedemptionExpiredV1,
  redemptionFulfilledV1,
  RedemptionFulfilledV1,
  redemptionPlacedV1,
  RedemptionPlacedV1,
} from '@waystation/contracts';
import { Reward } from '../rewards/reward.entity';
import { SERVICE_NAME } from '../service-name';
import { Redemption } from './redemption.entity';

/** The reason of a redemption's debit posting, and of its reversal. */
export const REDEMPTION_REASON = 'redemption';
export const REFUND_REASON = 'redemption.refund';

/** What a refund posted: the reversal posting and the worker's balance after it. */
export interface Refund {
  postingId: string;
  balanceAfter: number;
}

const envelope = (aggregateId: string, correlationId: string, occurredAt: Date) => ({
  aggregateId,
  correlationId,
  producer: SERVICE_NAME,
  occurredAt,
});

export function debited(redemption: Redemption, balanceAfter: number, correlationId: string): PointsDebitedV1 {
  return pointsDebitedV1.create({
    ...envelope(redemption.workerId, correlationId, redemption.placedAt),
    payload: {
      transactionId: redemption.debitPostingId,
      accountId: redemption.workerId,
      amount: redemption.cost,
      balanceAfter,
      reason: REDEMPTION_REASON,
      referenceId: redemption.id,
      debitedAt: redemption.placedAt.toISOString(),
    },
  });
}

export function placed(redemption: Redemption, reward: Reward, correlationId: string): RedemptionPlacedV1 {
  return redemptionPlacedV1.create({
    ...envelope(redemption.id, correlationId, redemption.placedAt),
    payload: {
      redemptionId: redemption.id,
      workerId: redemption.workerId,
      rewardId: reward.id,
      rewardKind: reward.kind,
      rewardName: { 'zh-CN': reward.nameZh, en: reward.nameEn },
      stationId: redemption.stationId,
      cost: redemption.cost,
      placedAt: redemption.placedAt.toISOString(),
      expiresAt: redemption.expiresAt.toISOString(),
    },
  });
}

export function fulfilled(redemption: Redemption, correlationId: string): RedemptionFulfilledV1 {
  const fulfilledAt = redemption.fulfilledAt as Date;
  return redemptionFulfilledV1.create({
    ...envelope(redemption.id, correlationId, fulfilledAt),
    payload: {
      redemptionId: redemption.id,
      workerId: redemption.workerId,
      rewardId: redemption.rewardId,
      stationId: redemption.stationId,
      fulfilledBy: redemption.fulfilledBy as string,
      fulfilledAt: fulfilledAt.toISOString(),
    },
  });
}

function refundPayload(redemption: Redemption, refund: Refund) {
  return {
    redemptionId: redemption.id,
    workerId: redemption.workerId,
    rewardId: redemption.rewardId,
    stationId: redemption.stationId,
    refundedPoints: redemption.cost,
    refundTransactionId: refund.postingId,
    balanceAfter: refund.balanceAfter,
  };
}

export function cancelled(redemption: Redemption, refund: Refund, correlationId: string): RedemptionCancelledV1 {
  const endedAt = redemption.endedAt as Date;
  return redemptionCancelledV1.create({
    ...envelope(redemption.id, correlationId, endedAt),
    payload: { ...refundPayload(redemption, refund), cancelledAt: endedAt.toISOString() },
  });
}

export function expired(redemption: Redemption, refund: Refund, correlationId: string): RedemptionExpiredV1 {
  const endedAt = redemption.endedAt as Date;
  return redemptionExpiredV1.create({
    ...envelope(redemption.id, correlationId, endedAt),
    payload: { ...refundPayload(redemption, refund), expiredAt: endedAt.toISOString() },
  });
}
