import { INestApplication } from '@nestjs/common';
import { Actor, actorSchema } from '@waystation/contracts';
import { BalanceView, RedemptionView, RewardStockView, RewardView } from '@waystation/http-api';
import { expectProblem, newWorker, queryDatabase, serviceAs, startServiceUnderTest } from '@waystation/testing';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module';
import { pointsConfigSchema } from '../config/points.config';
import { balanceDiscrepancies } from '../ledger/balance-discrepancies';
import { PointsExpiry } from '../expiry/points-expiry.service';
import { Ledger } from '../ledger/ledger.service';
import { ISSUANCE_ACCOUNT_ID } from '../ledger/system-accounts';
import { RedemptionDesk } from './redemption-desk.service';
import { RedemptionExpiry } from './redemption-expiry.service';

/** The points service on a scratch database, not consuming (points.integration.spec.ts owns the consumer group). */
let database: string;
let sut: INestApplication;
let replica: INestApplication;

const env = { POINTS_REDEMPTION_EXPIRY_INTERVAL_MS: '0', POINTS_REDEMPTION_COLLECT_HOURS: '72' };
const build = (variables: Record<string, string>) => AppModule.forRoot(pointsConfigSchema.parse(variables));
const as = (actor?: Actor) => serviceAs(sut.getHttpServer(), actor);
const admin = actorSchema.parse({ id: `admin-${uuidv7()}`, role: 'admin' });
const managerOf = (stationId: string) =>
  actorSchema.parse({ id: `manager-${uuidv7()}`, role: 'station-manager', scopes: { stations: [stationId] } });

async function grant(worker: Actor, points: number): Promise<void> {
  const ledger = sut.get(Ledger);
  await sut.get(DataSource).transaction(async (manager) => {
    const accountId = (await ledger.lockWorkerAccounts(manager, [worker.id])).get(worker.id) as string;
    await ledger.post(manager, [
      {
        creditKey: `test-grant:${uuidv7()}`,
        debitAccountId: ISSUANCE_ACCOUNT_ID,
        creditAccountId: accountId,
        amount: points,
        reason: 'test-grant',
        referenceId: null,
        sourceEventId: null,
      },
    ]);
  });
}

const balanceOf = async (worker: Actor): Promise<number> =>
  ((await as(worker).get(`/accounts/${worker.id}/balance`).expect(200)).body as BalanceView).balance;

async function newReward(fields: Record<string, unknown> = {}, stock: Record<string, number | null> = {}): Promise<RewardView> {
  const reward = (
    await as(admin)
      .post('/rewards')
      .send({ kind: 'gift', name: { 'zh-CN': '防暑礼包', en: 'Summer heat kit' }, cost: 30, ...fields })
      .expect(201)
  ).body as RewardView;
  for (const [stationId, remaining] of Object.entries(stock)) {
    await as(admin).put(`/rewards/${reward.id}/stocks/${stationId}`).send({ remaining }).expect(200);
  }
  return reward;
}

const remainingAt = async (rewardId: string, stationId: string): Promise<number | null | undefined> =>
  ((await as().get(`/rewards/${rewardId}`).expect(200)).body as RewardView).stocks.find((stock) => stock.stationId === stationId)
    ?.remaining;

const redeem = (worker: Actor, rewardId: string, stationId: string, idempotencyKey?: string) => {
  const request = as(worker).post('/redemptions');
  if (idempotencyKey) request.set('idempotency-key', idempotencyKey);
  return request.send({ rewardId, stationId });
};

const eventsAbout = (type: string, redemptionId: string) =>
  queryDatabase<{ payload: Record<string, unknown> }>(
    database,
    `SELECT envelope -> 'payload' AS payload FROM outbox_messages WHERE event_type = $1 AND envelope -> 'payload' ->> 'redemptionId' = $2`,
    [type, redemptionId],
  );

beforeAll(async () => {
  ({ app: sut, database } = await startServiceUnderTest(build, { databaseVariable: 'POINTS_DATABASE_URL', env }));
  ({ app: replica } = await startServiceUnderTest(build, { databaseVariable: 'POINTS_DATABASE_URL', env, database }));
}, 60_000);

afterAll(async () => {
  await replica?.close();
  await sut?.close();
});

afterEach(async () => {
  expect(await balanceDiscrepancies(sut.get(DataSource).manager)).toEqual([]);
});

describe('rewards catalog', () => {
  it('lets the city office create a reward, stock it per station and change it; workers see it with what is left', async () => {
    const [station, elsewhere] = [uuidv7(), uuidv7()];
    const reward = await newReward({ description: { 'zh-CN': '毛巾和水', en: 'A towel and water' }, limit: { count: 1, period: 'month' } });

    const stock = (await as(admin).put(`/rewards/${reward.id}/stocks/${station}`).send({ remaining: 5 }).expect(200))
      .body as RewardStockView;
    const changed = (await as(admin).patch(`/rewards/${reward.id}`).send({ cost: 25 }).expect(200)).body as RewardView;
    const atStation = (await as(newWorker()).get(`/rewards?stationId=${station}&limit=100`).expect(200)).body.items as RewardView[];
    const atElsewhere = (await as(newWorker()).get(`/rewards?stationId=${elsewhere}&limit=100`).expect(200)).body.items as RewardView[];

    expect(stock).toEqual({ stationId: station, remaining: 5 });
    expect(changed).toMatchObject({ cost: 25, limit: { count: 1, period: 'month' }, stocks: [{ stationId: station, remaining: 5 }] });
    expect(atStation.map((item) => item.id)).toEqual([reward.id]);
    expect(atElsewhere.map((item) => item.id)).not.toContain(reward.id);
  });

  it('refuses catalog changes by anyone but the city office', async () => {
    const reward = await newReward();

    expectProblem(
      await as(newWorker())
        .post('/rewards')
        .send({ kind: 'gift', name: { 'zh-CN': '礼', en: 'Gift' }, cost: 1 }),
      403,
      'catalog-not-managed',
    );
    expectProblem(await as(managerOf(uuidv7())).patch(`/rewards/${reward.id}`).send({ cost: 1 }), 403, 'catalog-not-managed');
    expectProblem(await as(admin).patch(`/rewards/${uuidv7()}`).send({ cost: 1 }), 404, 'reward-not-found');
  });

  it('takes a withdrawn reward out of the list and refuses to redeem it', async () => {
    const station = uuidv7();
    const reward = await newReward({}, { [station]: 3 });
    const worker = newWorker();
    await grant(worker, 100);

    await as(admin).post(`/rewards/${reward.id}/withdraw`).expect(200);

    const listed = (await as().get(`/rewards?stationId=${station}`).expect(200)).body.items as RewardView[];
    expect(listed).toEqual([]);
    expectProblem(await redeem(worker, reward.id, station), 409, 'reward-withdrawn');
    expect(await balanceOf(worker)).toBe(100);
  });
});

describe(RedemptionDesk.name, () => {
  it('places exactly 10 of 50 concurrent redemptions for 10 items and refuses the other 40 as out of stock', async () => {
    const station = uuidv7();
    const reward = await newReward({ cost: 30 }, { [station]: 10 });
    const workers = Array.from({ length: 50 }, () => newWorker());
    for (const worker of workers) await grant(worker, 40);

    const answers = await Promise.all(workers.map((worker) => redeem(worker, reward.id, station)));

    const placed = answers.filter((answer) => answer.status === 201);
    const refused = answers.filter((answer) => answer.status === 409);
    expect(placed).toHaveLength(10);
    expect(refused).toHaveLength(40);
    for (const answer of refused) expectProblem(answer, 409, 'reward-out-of-stock');
    expect(await remainingAt(reward.id, station)).toBe(0);
    const balances = await Promise.all(workers.map(balanceOf));
    expect(balances.filter((balance) => balance === 10)).toHaveLength(10);
    expect(balances.filter((balance) => balance === 40)).toHaveLength(40);
    const redemptions = placed.map((answer) => answer.body as RedemptionView);
    expect(new Set(redemptions.map((redemption) => redemption.code)).size).toBe(10);

    const byWorker = new Map(workers.map((worker) => [worker.id, worker]));
    await Promise.all(
      redemptions.map((redemption) => as(byWorker.get(redemption.workerId)).post(`/redemptions/${redemption.id}/cancel`).expect(200)),
    );

    expect(await remainingAt(reward.id, station)).toBe(10);
    expect(await Promise.all(workers.map(balanceOf))).toEqual(workers.map(() => 40));
  });

  it("refuses one worker's concurrent spends beyond the balance, never going below zero", async () => {
    const station = uuidv7();
    const reward = await newReward({ cost: 30 }, { [station]: null });
    const worker = newWorker();
    await grant(worker, 100);

    const answers = await Promise.all(Array.from({ length: 10 }, () => redeem(worker, reward.id, station)));

    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(3);
    for (const answer of answers.filter((each) => each.status !== 201)) expectProblem(answer, 409, 'insufficient-points');
    expect(await balanceOf(worker)).toBe(10);
    expect(await remainingAt(reward.id, station)).toBeNull();
  });

  it('places every concurrent redemption of an unlimited reward, leaving its stock unlimited', async () => {
    const station = uuidv7();
    const reward = await newReward({ cost: 5 }, { [station]: null });
    const workers = Array.from({ length: 20 }, () => newWorker());
    for (const worker of workers) await grant(worker, 5);

    const answers = await Promise.all(workers.map((worker) => redeem(worker, reward.id, station)));

    expect(answers.map((answer) => answer.status)).toEqual(workers.map(() => 201));
    expect(await remainingAt(reward.id, station)).toBeNull();
    expect(await Promise.all(workers.map(balanceOf))).toEqual(workers.map(() => 0));
  });

  it('answers a redemption with a short code and a QR payload, and debits the points once however often it is retried', async () => {
    const station = uuidv7();
    const reward = await newReward({ cost: 30 }, { [station]: 5 });
    const worker = newWorker();
    await grant(worker, 100);
    const key = uuidv7();

    const first = await redeem(worker, reward.id, station, key).expect(201);
    const retry = await redeem(worker, reward.id, station, key).expect(200);
    const otherRequest = await redeem(worker, reward.id, uuidv7(), key);

    const redemption = first.body as RedemptionView;
    expect(redemption).toMatchObject({
      status: 'placed',
      cost: 30,
      stationId: station,
      qrPayload: `waystation:redemption:${redemption.code}`,
    });
    expect(redemption.code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(retry.body).toEqual(redemption);
    expectProblem(otherRequest, 422, 'idempotency-key-reused');
    expect(await balanceOf(worker)).toBe(70);
    expect(await remainingAt(reward.id, station)).toBe(4);
    expect(await eventsAbout('redemption.placed', redemption.id)).toHaveLength(1);
  });

  it('refuses what cannot be redeemed: an unknown reward, a station without it, outside its window, not a worker', async () => {
    const station = uuidv7();
    const later = await newReward({ validFrom: new Date(Date.now() + 86_400_000).toISOString() }, { [station]: 5 });
    const over = await newReward(
      { validFrom: '2020-01-01T00:00:00.000Z', validUntil: new Date(Date.now() - 1_000).toISOString() },
      { [station]: 5 },
    );
    const worker = newWorker();
    await grant(worker, 100);

    expectProblem(await redeem(worker, uuidv7(), station), 404, 'reward-not-found');
    expectProblem(await redeem(worker, (await newReward({}, { [station]: 5 })).id, uuidv7()), 409, 'reward-not-at-station');
    expectProblem(await redeem(worker, later.id, station), 409, 'reward-not-valid-now');
    expectProblem(await redeem(worker, over.id, station), 409, 'reward-not-valid-now');
    expectProblem(await redeem(managerOf(station), later.id, station), 403, 'redemption-not-allowed');
    expect(await balanceOf(worker)).toBe(100);
  });

  it('holds a per-worker limit to its calendar month in Asia/Shanghai, up to the last second of it', async () => {
    const station = uuidv7();
    const reward = await newReward({ cost: 10, limit: { count: 1, period: 'month' } }, { [station]: null });
    const worker = newWorker();
    await grant(worker, 100);
    const desk = sut.get(RedemptionDesk);
    const place = (at: string) => desk.place(worker, { rewardId: reward.id, stationId: station }, undefined, 'limit-it', new Date(at));

    // 2026-11-30 23:59 and 23:59:59 in Shanghai, then its first instant of December.
    await place('2026-11-30T15:59:00.000Z');
    await expect(place('2026-11-30T15:59:59.999Z')).rejects.toMatchObject({ code: 'redemption-limit-reached' });
    await place('2026-11-30T16:00:00.000Z');

    expect(await balanceOf(worker)).toBe(80);
  });
});

describe('cancelling and handing over', () => {
  it('refunds the points and the stock when the worker cancels, once, with a reversal posting', async () => {
    const station = uuidv7();
    const reward = await newReward({ cost: 30 }, { [station]: 1 });
    const worker = newWorker();
    await grant(worker, 50);
    const redemption = (await redeem(worker, reward.id, station).expect(201)).body as RedemptionView;

    const cancelled = (await as(worker).post(`/redemptions/${redemption.id}/cancel`).expect(200)).body as RedemptionView;
    const again = await as(worker).post(`/redemptions/${redemption.id}/cancel`);

    expect(cancelled).toMatchObject({ id: redemption.id, status: 'cancelled', endedAt: expect.any(String) });
    expectProblem(again, 409, 'redemption-not-open');
    expect(await balanceOf(worker)).toBe(50);
    expect(await remainingAt(reward.id, station)).toBe(1);
    const transactions = (await as(worker).get(`/accounts/${worker.id}/transactions`).expect(200)).body.items;
    expect(transactions.map((entry: { amount: number; reason: string }) => [entry.reason, entry.amount])).toEqual([
      ['redemption.refund', 30],
      ['redemption', -30],
      ['test-grant', 50],
    ]);
    expect(await eventsAbout('redemption.cancelled', redemption.id)).toEqual([
      { payload: expect.objectContaining({ refundedPoints: 30, balanceAfter: 50 }) },
    ]);
  });

  it('gives refunded points back their age: they expire with the points they were spent from', async () => {
    const station = uuidv7();
    const reward = await newReward({ cost: 30 }, { [station]: 1 });
    const worker = newWorker();
    await grant(worker, 50);
    const redemption = (await redeem(worker, reward.id, station).expect(201)).body as RedemptionView;
    const grantedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await as(worker).post(`/redemptions/${redemption.id}/cancel`).expect(200);
    // 24 months (POINTS_EXPIRE_AFTER_MONTHS) after a moment between the grant and the refund.
    const at = new Date(grantedAt + 500);
    at.setMonth(at.getMonth() + 24);

    await sut.get(PointsExpiry).run(at);

    // All 50 were granted before the cutoff; the 30 spent and given back are still those same points.
    expect(await balanceOf(worker)).toBe(0);
  });

  it("does not show or cancel a worker's redemption to another worker", async () => {
    const station = uuidv7();
    const reward = await newReward({ cost: 10 }, { [station]: 5 });
    const [worker, other] = [newWorker(), newWorker()];
    await grant(worker, 10);
    const redemption = (await redeem(worker, reward.id, station).expect(201)).body as RedemptionView;

    expectProblem(await as(other).post(`/redemptions/${redemption.id}/cancel`), 404, 'redemption-not-found');
    const theirs = (await as(other).get('/redemptions/mine').expect(200)).body.items as RedemptionView[];
    const mine = (await as(worker).get('/redemptions/mine').expect(200)).body.items as RedemptionView[];

    expect(theirs).toEqual([]);
    expect(mine.map((item) => item.id)).toEqual([redemption.id]);
  });

  it('lets only the manager of the station holding the stock verify the code and hand the reward over', async () => {
    const [station, otherStation] = [uuidv7(), uuidv7()];
    const reward = await newReward({ cost: 10 }, { [station]: 5, [otherStation]: 5 });
    const worker = newWorker();
    await grant(worker, 10);
    const redemption = (await redeem(worker, reward.id, station).expect(201)).body as RedemptionView;
    const [manager, otherManager] = [managerOf(station), managerOf(otherStation)];

    expectProblem(await as(otherManager).post('/redemptions/verification').send({ code: redemption.code }), 404, 'redemption-not-found');
    expectProblem(await as(otherManager).post(`/redemptions/${redemption.id}/fulfil`), 404, 'redemption-not-found');
    expectProblem(await as(worker).post('/redemptions/verification').send({ code: redemption.code }), 403, 'hand-over-not-allowed');
    const verified = await as(manager).post('/redemptions/verification').send({ code: redemption.code.toLowerCase() }).expect(200);
    const handedOver = await as(manager).post(`/redemptions/${redemption.id}/fulfil`).expect(200);
    const twice = await as(manager).post(`/redemptions/${redemption.id}/fulfil`);
    const cancelAfter = await as(worker).post(`/redemptions/${redemption.id}/cancel`);

    expect(verified.body).toMatchObject({ id: redemption.id, status: 'placed', reward: { id: reward.id, name: reward.name } });
    expect(handedOver.body).toMatchObject({ status: 'fulfilled', fulfilledAt: expect.any(String) });
    expectProblem(twice, 409, 'redemption-not-open');
    expectProblem(cancelAfter, 409, 'redemption-not-open');
    expect(await balanceOf(worker)).toBe(0);
    expect(await eventsAbout('redemption.fulfilled', redemption.id)).toHaveLength(1);
  });
});

describe(RedemptionExpiry.name, () => {
  it('expires and refunds each uncollected redemption once when two replicas run at the same time', async () => {
    const station = uuidv7();
    const reward = await newReward({ cost: 10, validFrom: '2020-01-01T00:00:00.000Z' }, { [station]: 30 });
    const workers = Array.from({ length: 25 }, () => newWorker());
    const desk = sut.get(RedemptionDesk);
    const placedAt = new Date('2020-01-02T00:00:00.000Z');
    const redemptions = [];
    for (const worker of workers) {
      await grant(worker, 10);
      redemptions.push((await desk.place(worker, { rewardId: reward.id, stationId: station }, undefined, 'expiry-it', placedAt)).placed);
    }
    const due = new Date(placedAt.getTime() + 72 * 3_600_000);

    const counts = await Promise.all([sut.get(RedemptionExpiry).run(due), replica.get(RedemptionExpiry).run(due)]);

    expect(counts[0] + counts[1]).toBe(25);
    expect(await Promise.all(workers.map(balanceOf))).toEqual(workers.map(() => 10));
    expect(await remainingAt(reward.id, station)).toBe(30);
    for (const { redemption } of redemptions) {
      expect(await eventsAbout('redemption.expired', redemption.id)).toHaveLength(1);
    }
    expect(await sut.get(RedemptionExpiry).run(due)).toBe(0);
  });

  it('leaves a redemption not yet due, and one cancelled before, alone', async () => {
    const station = uuidv7();
    const reward = await newReward({ cost: 10, validFrom: '2020-01-01T00:00:00.000Z' }, { [station]: 2 });
    const [waiting, cancelling] = [newWorker(), newWorker()];
    await grant(waiting, 10);
    await grant(cancelling, 10);
    const desk = sut.get(RedemptionDesk);
    const placedAt = new Date('2020-02-01T00:00:00.000Z');
    const notDue = (await desk.place(waiting, { rewardId: reward.id, stationId: station }, undefined, 'expiry-it', placedAt)).placed;
    const gone = (await desk.place(cancelling, { rewardId: reward.id, stationId: station }, undefined, 'expiry-it', placedAt)).placed;
    await desk.cancel(cancelling, gone.redemption.id, 'expiry-it');

    expect(await sut.get(RedemptionExpiry).run(new Date(placedAt.getTime() + 71 * 3_600_000))).toBe(0);

    expect(await balanceOf(waiting)).toBe(0);
    expect(await balanceOf(cancelling)).toBe(10);
    expect(await eventsAbout('redemption.expired', notDue.redemption.id)).toEqual([]);
    expect(await eventsAbout('redemption.expired', gone.redemption.id)).toEqual([]);
  });
});
