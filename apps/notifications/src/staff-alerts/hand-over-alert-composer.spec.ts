import { redemptionPlacedV1 } from '@waystation/contracts';
import { composeHandOverAlert } from './hand-over-alert-composer';

describe(composeHandOverAlert.name, () => {
  const event = redemptionPlacedV1.create({
    aggregateId: '019ada3c-5b00-7d33-b2a4-6c8e0f1d2b43',
    correlationId: 'req-1',
    producer: 'points',
    payload: {
      redemptionId: '019ada3c-5b00-7d33-b2a4-6c8e0f1d2b43',
      workerId: 'worker-1',
      rewardId: '019ad9f0-1c00-7a14-9b25-7d9f1e2a3c65',
      rewardKind: 'gift',
      rewardName: { 'zh-CN': '夏季防暑礼包', en: 'Summer heat kit' },
      stationId: '0195a6b8-0000-7000-8000-00000000a001',
      cost: 30,
      placedAt: '2026-12-02T03:10:00.100Z',
      expiresAt: '2026-12-05T03:10:00.100Z',
    },
  });

  it('names the reward to hand over, in Chinese by default and in English', () => {
    expect(composeHandOverAlert(event)).toMatchObject({ kind: 'redemption.to-hand-over', body: expect.stringContaining('夏季防暑礼包') });
    expect(composeHandOverAlert(event, 'en').body).toContain('"Summer heat kit"');
  });

  it('says nothing of the worker who redeemed it', () => {
    expect(JSON.stringify(composeHandOverAlert(event))).not.toContain('worker-1');
  });
});
