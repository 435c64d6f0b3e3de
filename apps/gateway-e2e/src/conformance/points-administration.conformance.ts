import { v7 as uuidv7 } from 'uuid';
import { JIANGXIA_COMMUNITY } from '../accounts';
import type { ConformanceContext } from './conformance-context';

const RULES = '/api/v1/earning-rules';
const BUDGETS = '/api/v1/community-budgets';
const BUDGET = '/api/v1/community-budgets/{communityCode}/{month}';
const ADJUSTMENTS = '/api/v1/workers/{workerId}/points/adjustments';

/** The city office's side of points: rule versions, community budgets, manual adjustments. */
export async function observePointsAdministration({ observe, as, worker, staff, admin }: ConformanceContext): Promise<void> {
  const version = {
    eventType: 'report.closed',
    group: 'facilities',
    points: 3,
    effectiveFrom: new Date(Date.now() + 30 * 24 * 3_600_000).toISOString(),
    note: '文档：修复奖励调整',
  };
  await observe('get', RULES, as(worker).get(RULES).expect(200));
  await observe('get', RULES, as().get(RULES));
  await observe('post', RULES, as(admin).post(RULES).send(version).expect(201));
  await observe('post', RULES, as(admin).post(RULES).send(version).expect(200));
  await observe(
    'post',
    RULES,
    as(admin)
      .post(RULES)
      .send({ ...version, points: 4 })
      .expect(409),
  );
  await observe(
    'post',
    RULES,
    as(admin)
      .post(RULES)
      .send({ ...version, effectiveFrom: '2020-01-01T00:00:00.000Z' })
      .expect(422),
  );
  await observe('post', RULES, as(staff).post(RULES).send(version).expect(403));
  await observe(
    'post',
    RULES,
    as(admin)
      .post(RULES)
      .send({ ...version, group: undefined })
      .expect(400),
  );

  const month = new Date().toISOString().slice(0, 7);
  const budget = `/api/v1/community-budgets/${JIANGXIA_COMMUNITY}/${month}`;
  await observe('put', BUDGET, as(admin).put(budget).send({ points: 20_000 }).expect(200));
  await observe('put', BUDGET, as(staff).put(budget).send({ points: 1 }).expect(403));
  await observe('put', BUDGET, as(admin).put(`/api/v1/community-budgets/${JIANGXIA_COMMUNITY}/2026-13`).send({ points: 1 }).expect(400));
  await observe('get', BUDGETS, as(admin).get(`${BUDGETS}?month=${month}`).expect(200));
  await observe('get', BUDGETS, as(staff).get(`${BUDGETS}?month=${month}`).expect(200));
  await observe('get', BUDGETS, as(worker).get(`${BUDGETS}?month=${month}`).expect(403));
  await observe('get', BUDGETS, as(admin).get(BUDGETS).expect(400));

  const adjustments = `/api/v1/workers/${worker.actor.id}/points/adjustments`;
  const key = `doc-adjustment-${uuidv7()}`;
  const add = { amount: 2, reason: '文档：补记一次上报' };
  await observe('post', ADJUSTMENTS, as(admin).post(adjustments).set('idempotency-key', key).send(add).expect(201));
  await observe('post', ADJUSTMENTS, as(admin).post(adjustments).set('idempotency-key', key).send(add).expect(200));
  await observe(
    'post',
    ADJUSTMENTS,
    as(admin)
      .post(adjustments)
      .set('idempotency-key', key)
      .send({ ...add, amount: 3 })
      .expect(422),
  );
  await observe('post', ADJUSTMENTS, as(admin).post(adjustments).send({ amount: -100_000, reason: '文档：扣回' }).expect(409));
  await observe('post', ADJUSTMENTS, as(admin).post(`/api/v1/workers/worker-${uuidv7()}/points/adjustments`).send(add).expect(404));
  await observe('post', ADJUSTMENTS, as(staff).post(adjustments).send(add).expect(403));
  await observe('post', ADJUSTMENTS, as(admin).post(adjustments).send({ amount: 0, reason: '' }).expect(400));
}
