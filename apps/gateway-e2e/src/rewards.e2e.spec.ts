import { WaystationSystem } from '@waystation/system';
import { RedemptionView, RewardView } from '@waystation/http-api';
import { expectProblem, gatewayAs, signInAdmin, signInStaff, startTestSystem, type TestAccount } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import { newStaffAccount, newWorkerAccount } from './accounts';
import { scenario } from './scenario';

/** What a confirmed environment report earns by the seeded earning rules; the reward costs as much. */
const POINTS_PER_REPORT = 5;

/** A station of the city office's, for a reward's stock. */
const rewardStation = (name: string) => ({
  names: { 'zh-CN': `兑换驿站-${name}` },
  district: '江夏区',
  address: `江夏区兑换路${name}`,
  location: { lat: 30.35, lng: 114.3 },
  amenities: ['drinking-water'],
  openingHours: { kind: 'always-open' },
  status: 'operating',
});

describe('a worker redeems points for a reward and collects it at the station (through the gateway)', () => {
  let system: WaystationSystem;
  let gatewayUrl: string;
  let admin: TestAccount;
  let station: string;
  let otherStation: string;
  let reward: RewardView;

  beforeAll(async () => {
    system = await startTestSystem();
    gatewayUrl = system.url('gateway');
    admin = await signInAdmin(gatewayUrl);
    const create = async (name: string) =>
      (await gatewayAs(gatewayUrl, admin).post('/api/v1/stations').send(rewardStation(name)).expect(201)).body.id as string;
    [station, otherStation] = [await create(uuidv7()), await create(uuidv7())];
    reward = (
      await gatewayAs(gatewayUrl, admin)
        .post('/api/v1/rewards')
        .send({ kind: 'gift', name: { 'zh-CN': '防暑礼包', en: 'Summer heat kit' }, cost: 5, limit: { count: 5, period: 'month' } })
        .expect(201)
    ).body as RewardView;
    await gatewayAs(gatewayUrl, admin).put(`/api/v1/rewards/${reward.id}/stocks/${station}`).send({ remaining: 3 }).expect(200);
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it("debits the worker's points, and only the station's own manager verifies the code and hands the reward over", async () => {
    const steps = scenario(gatewayUrl);
    const [worker, otherWorker] = [await newWorkerAccount(gatewayUrl), await newWorkerAccount(gatewayUrl)];
    await steps.confirmReport(await newStaffAccount(gatewayUrl), (await steps.submitReport(worker)).id);
    await steps.waitForBalance(worker, POINTS_PER_REPORT);
    const [manager, otherManager] = [
      await signInStaff(gatewayUrl, { role: 'station-manager', scopes: { stations: [station] } }),
      await signInStaff(gatewayUrl, { role: 'station-manager', scopes: { stations: [otherStation] } }),
    ];
    const listed = (await gatewayAs(gatewayUrl).get(`/api/v1/rewards?stationId=${station}`).expect(200)).body.items as RewardView[];
    expect(listed).toEqual([expect.objectContaining({ id: reward.id, stocks: [{ stationId: station, remaining: 3 }] })]);
    const key = uuidv7();
    const redeem = () =>
      gatewayAs(gatewayUrl, worker)
        .post('/api/v1/redemptions')
        .set('Idempotency-Key', key)
        .send({ rewardId: reward.id, stationId: station });

    const placed = (await redeem().expect(201)).body as RedemptionView;
    const retried = (await redeem().expect(200)).body as RedemptionView;

    expect(retried).toEqual(placed);
    expect(placed).toMatchObject({ status: 'placed', cost: 5, qrPayload: `waystation:redemption:${placed.code}` });
    expect(await steps.balanceOf(worker)).toBe(0);
    expect(((await gatewayAs(gatewayUrl).get(`/api/v1/rewards/${reward.id}`).expect(200)).body as RewardView).stocks).toEqual([
      { stationId: station, remaining: 2 },
    ]);
    expectProblem(
      await gatewayAs(gatewayUrl, worker).post('/api/v1/redemptions').send({ rewardId: reward.id, stationId: station }),
      409,
      'insufficient-points',
    );

    // Another worker neither sees it nor cancels it; another station's manager cannot verify or hand it over.
    expect((await gatewayAs(gatewayUrl, otherWorker).get('/api/v1/me/redemptions').expect(200)).body.items).toEqual([]);
    expectProblem(await gatewayAs(gatewayUrl, otherWorker).post(`/api/v1/me/redemptions/${placed.id}/cancel`), 404, 'redemption-not-found');
    const verify = (account: TestAccount) =>
      gatewayAs(gatewayUrl, account).post('/api/v1/redemptions/verification').send({ code: placed.code });
    expectProblem(await verify(otherManager), 404, 'redemption-not-found');
    expectProblem(await gatewayAs(gatewayUrl, otherManager).post(`/api/v1/redemptions/${placed.id}/fulfil`), 404, 'redemption-not-found');

    const verified = (await verify(manager).expect(200)).body as RedemptionView;
    const handedOver = (await gatewayAs(gatewayUrl, manager).post(`/api/v1/redemptions/${placed.id}/fulfil`).expect(200))
      .body as RedemptionView;

    expect(verified).toMatchObject({ id: placed.id, status: 'placed', reward: { id: reward.id, name: reward.name } });
    expect(handedOver).toMatchObject({ id: placed.id, status: 'fulfilled', fulfilledAt: expect.any(String) });
    expectProblem(await gatewayAs(gatewayUrl, worker).post(`/api/v1/me/redemptions/${placed.id}/cancel`), 409, 'redemption-not-open');
    const mine = (await gatewayAs(gatewayUrl, worker).get('/api/v1/me/redemptions').expect(200)).body.items as RedemptionView[];
    expect(mine).toEqual([expect.objectContaining({ id: placed.id, status: 'fulfilled' })]);
  });

  it('gives the points and the stock back when the worker cancels before collecting', async () => {
    const steps = scenario(gatewayUrl);
    const worker = await newWorkerAccount(gatewayUrl);
    await steps.confirmReport(await newStaffAccount(gatewayUrl), (await steps.submitReport(worker)).id);
    await steps.waitForBalance(worker, POINTS_PER_REPORT);
    const remaining = async () =>
      ((await gatewayAs(gatewayUrl).get(`/api/v1/rewards/${reward.id}`).expect(200)).body as RewardView).stocks[0].remaining;
    const before = await remaining();
    const placed = (
      await gatewayAs(gatewayUrl, worker).post('/api/v1/redemptions').send({ rewardId: reward.id, stationId: station }).expect(201)
    ).body as RedemptionView;

    const cancelled = (await gatewayAs(gatewayUrl, worker).post(`/api/v1/me/redemptions/${placed.id}/cancel`).expect(200)).body;

    expect(cancelled).toMatchObject({ status: 'cancelled' });
    expect(await steps.balanceOf(worker)).toBe(POINTS_PER_REPORT);
    expect(await remaining()).toBe(before);
  });
});
