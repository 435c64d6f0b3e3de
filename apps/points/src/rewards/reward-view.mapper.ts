import { RewardStockView, RewardView } from '@waystation/http-api';
import { CatalogEntry } from './reward-catalog.service';
import { RewardStock } from './reward-stock.entity';

export function toRewardView({ reward, stocks }: CatalogEntry): RewardView {
  return {
    id: reward.id,
    kind: reward.kind,
    name: { 'zh-CN': reward.nameZh, en: reward.nameEn },
    description: reward.descriptionZh && reward.descriptionEn ? { 'zh-CN': reward.descriptionZh, en: reward.descriptionEn } : null,
    cost: reward.cost,
    imageUrl: reward.imageUrl,
    sessionId: reward.sessionId,
    limit: reward.perWorkerLimit && reward.limitPeriod ? { count: reward.perWorkerLimit, period: reward.limitPeriod } : null,
    validFrom: reward.validFrom?.toISOString() ?? null,
    validUntil: reward.validUntil?.toISOString() ?? null,
    withdrawnAt: reward.withdrawnAt?.toISOString() ?? null,
    stocks: stocks.map(toRewardStockView),
  };
}

export function toRewardStockView({ stationId, remaining }: RewardStock): RewardStockView {
  return { stationId, remaining };
}
