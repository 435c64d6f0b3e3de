import { RedemptionView } from '@waystation/http-api';
import { redemptionQrPayload } from './redemption-code';
import { RedemptionOfReward } from './redemption-desk.service';

export function toRedemptionView({ redemption, reward }: RedemptionOfReward): RedemptionView {
  return {
    id: redemption.id,
    code: redemption.code,
    qrPayload: redemptionQrPayload(redemption.code),
    workerId: redemption.workerId,
    reward: { id: reward.id, kind: reward.kind, name: { 'zh-CN': reward.nameZh, en: reward.nameEn }, imageUrl: reward.imageUrl },
    stationId: redemption.stationId,
    cost: redemption.cost,
    status: redemption.status,
    placedAt: redemption.placedAt.toISOString(),
    expiresAt: redemption.expiresAt.toISOString(),
    fulfilledAt: redemption.fulfilledAt?.toISOString() ?? null,
    endedAt: redemption.endedAt?.toISOString() ?? null,
  };
}
