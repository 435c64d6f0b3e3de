import { signInStaff, waitFor } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import type { ConformanceContext } from './conformance-context';

const REWARD = '/api/v1/rewards/{id}';
const STOCK = '/api/v1/rewards/{id}/stocks/{stationId}';
const REDEMPTIONS = '/api/v1/redemptions';
const FULFIL = '/api/v1/redemptions/{id}/fulfil';
const CANCEL = '/api/v1/me/redemptions/{id}/cancel';

/** The rewards catalog and redemptions. The worker spends the points their confirmed reports earned earlier. */
export async function observeRewards({ observe, as, worker, admin, system }: ConformanceContext): Promise<void> {
  const gift = { kind: 'gift', name: { 'zh-CN': '文档礼包', en: 'Documentation gift' }, cost: 1 };
  const key = `doc-reward-${uuidv7()}`;
  const reward = await observe('post', '/api/v1/rewards', as(admin).post('/api/v1/rewards').set('Idempotency-Key', key).send(gift));
  await observe('post', '/api/v1/rewards', as(admin).post('/api/v1/rewards').set('Idempotency-Key', key).send(gift));
  await observe(
    'post',
    '/api/v1/rewards',
    as(admin)
      .post('/api/v1/rewards')
      .set('Idempotency-Key', key)
      .send({ ...gift, cost: 2 }),
  );
  await observe('post', '/api/v1/rewards', as(worker).post('/api/v1/rewards').send(gift));
  await observe(
    'post',
    '/api/v1/rewards',
    as(admin)
      .post('/api/v1/rewards')
      .send({ ...gift, cost: 0 }),
  );
  const station = uuidv7();
  await observe('put', STOCK, as(admin).put(`/api/v1/rewards/${reward.id}/stocks/${station}`).send({ remaining: 2 }));
  await observe('put', STOCK, as(admin).put(`/api/v1/rewards/${uuidv7()}/stocks/${station}`).send({ remaining: 2 }));
  await observe('put', STOCK, as(worker).put(`/api/v1/rewards/${reward.id}/stocks/${station}`).send({ remaining: 2 }));
  await observe('patch', REWARD, as(admin).patch(`/api/v1/rewards/${reward.id}`).send({ imageUrl: 'https://photos.example.cn/gift.jpg' }));
  await observe('patch', REWARD, as(admin).patch(`/api/v1/rewards/${reward.id}`).send({}));
  await observe('patch', REWARD, as(admin).patch(`/api/v1/rewards/${reward.id}`).send({ validFrom: '2020-01-01T00:00:00.000Z' }));
  await observe('patch', REWARD, as(admin).patch(`/api/v1/rewards/${reward.id}`).send({ validUntil: '2019-01-01T00:00:00.000Z' }));
  await observe('patch', REWARD, as().patch(`/api/v1/rewards/${reward.id}`).send({ cost: 3 }));
  await observe('get', '/api/v1/rewards', as().get(`/api/v1/rewards?stationId=${station}`));
  await observe('get', '/api/v1/rewards', as().get('/api/v1/rewards?stationId=not-a-station'));
  await observe('get', REWARD, as().get(`/api/v1/rewards/${reward.id}`));
  await observe('get', REWARD, as().get(`/api/v1/rewards/${uuidv7()}`));

  await waitFor(async () => ((await as(worker).get('/api/v1/me/points')).body.balance >= 2 ? true : undefined), {
    description: 'the worker to have points to spend',
    timeoutMs: 30_000,
  });
  const redemptionKey = `doc-redemption-${uuidv7()}`;
  const redeem = { rewardId: reward.id, stationId: station };
  const redemption = await observe('post', REDEMPTIONS, as(worker).post(REDEMPTIONS).set('Idempotency-Key', redemptionKey).send(redeem));
  await observe('post', REDEMPTIONS, as(worker).post(REDEMPTIONS).set('Idempotency-Key', redemptionKey).send(redeem));
  await observe(
    'post',
    REDEMPTIONS,
    as(worker)
      .post(REDEMPTIONS)
      .send({ ...redeem, rewardId: uuidv7() }),
  );
  await observe('post', REDEMPTIONS, as(admin).post(REDEMPTIONS).send(redeem));
  await observe('get', '/api/v1/me/redemptions', as(worker).get('/api/v1/me/redemptions'));
  await observe('get', '/api/v1/me/redemptions', as(worker).get('/api/v1/me/redemptions?cursor=not-a-cursor'));
  const manager = await signInStaff(system.url('gateway'), { role: 'station-manager', scopes: { stations: [station] } });
  const { code } = redemption as unknown as { code: string };
  await observe('post', '/api/v1/redemptions/verification', as(manager).post('/api/v1/redemptions/verification').send({ code }));
  await observe('post', '/api/v1/redemptions/verification', as(manager).post('/api/v1/redemptions/verification').send({ code: '0000' }));
  await observe('post', '/api/v1/redemptions/verification', as(worker).post('/api/v1/redemptions/verification').send({ code }));
  await observe('post', FULFIL, as(manager).post(`/api/v1/redemptions/${redemption.id}/fulfil`));
  await observe('post', FULFIL, as(manager).post(`/api/v1/redemptions/${redemption.id}/fulfil`));
  await observe('post', FULFIL, as(manager).post(`/api/v1/redemptions/${uuidv7()}/fulfil`));
  const toCancel = await observe('post', REDEMPTIONS, as(worker).post(REDEMPTIONS).send(redeem));
  await observe('post', CANCEL, as(worker).post(`/api/v1/me/redemptions/${toCancel.id}/cancel`));
  await observe('post', CANCEL, as(worker).post(`/api/v1/me/redemptions/${toCancel.id}/cancel`));
  await observe('post', CANCEL, as(worker).post(`/api/v1/me/redemptions/${uuidv7()}/cancel`));
  await observe('post', '/api/v1/rewards/{id}/withdraw', as(admin).post(`/api/v1/rewards/${reward.id}/withdraw`));
  await observe('post', '/api/v1/rewards/{id}/withdraw', as(worker).post(`/api/v1/rewards/${reward.id}/withdraw`));
}
