import { RedemptionPlacedV1 } from '@waystation/contracts';
import type { Locale } from '../notifications/notification-composer';

export interface ComposedHandOverAlert {
  kind: 'redemption.to-hand-over';
  title: string;
  body: string;
  data: Record<string, unknown>;
}

/** What the manager of the station holding a redeemed reward reads: what to hand over, not to whom (no worker). */
export function composeHandOverAlert(event: RedemptionPlacedV1, locale: Locale = 'zh-CN'): ComposedHandOverAlert {
  const { redemptionId, rewardId, rewardName, stationId, expiresAt } = event.payload;
  const reward = rewardName[locale];
  return {
    kind: 'redemption.to-hand-over',
    title: locale === 'zh-CN' ? '有待领取的兑换' : 'A reward to hand over',
    body:
      locale === 'zh-CN'
        ? `有职工兑换了「${reward}」，将到驿站出示兑换码领取（${expiresAt} 前有效）。`
        : `A worker redeemed "${reward}" and will show their code at the station to collect it (valid until ${expiresAt}).`,
    data: { redemptionId, rewardId, stationId, expiresAt },
  };
}
