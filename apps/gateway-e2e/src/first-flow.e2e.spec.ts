import { WaystationSystem } from '@waystation/system';
import { ActorInput } from '@waystation/contracts';
import {
  gatewayAs,
  newStaff,
  newWorker,
  ObservedResponse,
  OpenApiConformance,
  queryDatabase,
  startTestSystem,
  waitFor,
} from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import { jiangxiaReport, scenario } from './scenario';

describe('a confirmed report credits the worker and notifies them (through the gateway)', () => {
  let system: WaystationSystem;
  let gatewayUrl: string;

  beforeAll(async () => {
    system = await startTestSystem();
    gatewayUrl = system.url('gateway');
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('credits the reporter once per confirmed report and tells them so', async () => {
    const worker = newWorker();
    const staff = newStaff();
    const steps = scenario(gatewayUrl);

    const report = await steps.submitReport(worker);
    expect(report).toMatchObject({ status: 'submitted', reporterId: worker.id, category: 'exposed-garbage' });
    const confirmed = await steps.confirmReport(staff, report.id);
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.history.map((entry) => entry.status)).toEqual(['submitted', 'confirmed']);

    // exposed-garbage earns 10 points by the default earning rules.
    await steps.waitForBalance(worker, 10);
    const transactions = await gatewayAs(gatewayUrl, worker).get('/api/v1/me/points/transactions').expect(200);
    expect(transactions.body.items).toEqual([expect.objectContaining({ amount: 10, reason: 'report.confirmed', referenceId: report.id })]);

    const inbox = await waitFor(
      async () => {
        const response = await gatewayAs(gatewayUrl, worker).get('/api/v1/me/notifications').expect(200);
        return response.body.items.length === 2 ? response.body.items : undefined;
      },
      { description: 'the confirmation and the credit notifications', timeoutMs: 20_000 },
    );
    expect(inbox.map((item: { kind: string }) => item.kind).sort()).toEqual(['points.credited', 'report.confirmed']);
    expect(inbox.find((item: { kind: string }) => item.kind === 'points.credited')).toMatchObject({
      title: '积分到账 +10',
      data: { amount: 10, balanceAfter: 10, referenceId: report.id },
    });
  });

  it('shows each worker only their own reports, points and notifications', async () => {
    const owner = newWorker();
    const stranger = newWorker();
    const report = await scenario(gatewayUrl).submitReport(owner);

    const asStranger = gatewayAs(gatewayUrl, stranger);
    await asStranger.get(`/api/v1/reports/${report.id}`).expect(404);
    expect((await asStranger.get('/api/v1/reports').expect(200)).body.items).toEqual([]);
    expect((await asStranger.get('/api/v1/me/points').expect(200)).body).toMatchObject({ accountId: stranger.id, balance: 0 });
    expect((await asStranger.get('/api/v1/me/notifications').expect(200)).body.items).toEqual([]);
    await gatewayAs(gatewayUrl, owner).get(`/api/v1/reports/${report.id}`).expect(200);
  });

  it('lets only community staff review, and only once', async () => {
    const worker = newWorker();
    const report = await scenario(gatewayUrl).submitReport(worker);

    const byWorker = await gatewayAs(gatewayUrl, worker).post(`/api/v1/reports/${report.id}/confirm`).send({}).expect(403);
    expect(byWorker.body).toMatchObject({ status: 403, code: 'review-not-allowed' });

    const staff = newStaff();
    await gatewayAs(gatewayUrl, staff).post(`/api/v1/reports/${report.id}/reject`).send({ reason: '照片不清晰' }).expect(200);
    const again = await gatewayAs(gatewayUrl, staff).post(`/api/v1/reports/${report.id}/confirm`).send({}).expect(409);
    expect(again.body).toMatchObject({ code: 'report-already-reviewed', detail: expect.stringContaining('rejected') });
    expect(again.headers['content-type']).toContain('application/problem+json');
  });

  it('returns the first report when a submission is retried with the same Idempotency-Key', async () => {
    const worker = newWorker();
    const first = await gatewayAs(gatewayUrl, worker)
      .post('/api/v1/reports')
      .set('Idempotency-Key', 'retry-1')
      .send(jiangxiaReport)
      .expect(201);
    const retry = await gatewayAs(gatewayUrl, worker)
      .post('/api/v1/reports')
      .set('Idempotency-Key', 'retry-1')
      .send(jiangxiaReport)
      .expect(200);
    expect(retry.body.id).toBe(first.body.id);
    const rows = await queryDatabase<{ count: string }>('reports', 'SELECT count(*) FROM reports WHERE reporter_id = $1', [worker.id]);
    expect(Number(rows[0].count)).toBe(1);
  });

  it('finds open stations near a worker, nearest first', async () => {
    const admin = { id: 'admin-e2e', role: 'admin' as const };
    const near = {
      names: { 'zh-CN': '测试驿站-近' },
      district: '江夏区',
      address: '江夏区测试路1号',
      location: { lat: 30.3001, lng: 114.2001 },
      amenities: ['drinking-water', 'phone-charging', 'toilet'],
      openingHours: { kind: 'always-open' },
    };
    const far = { ...near, names: { 'zh-CN': '测试驿站-远' }, location: { lat: 30.3101, lng: 114.2001 } };
    for (const station of [far, near]) await gatewayAs(gatewayUrl, admin).post('/api/v1/stations').send(station).expect(201);

    const response = await gatewayAs(gatewayUrl)
      .get('/api/v1/stations/nearby?lat=30.3&lng=114.2&radius=2000&amenity=phone-charging&amenity=toilet&openNow=true')
      .expect(200);
    expect(response.body.items.map((station: { names: { 'zh-CN': string } }) => station.names['zh-CN'])).toEqual([
      '测试驿站-近',
      '测试驿站-远',
    ]);
    expect(response.body.items[0]).toMatchObject({ openNow: true, openUntil: null });
    expect(response.body.items[0].distanceMeters).toBeLessThan(response.body.items[1].distanceMeters);
  });

  it('is ready only when every service is, as its management port details', async () => {
    const ready = await gatewayAs(system.managementUrl('gateway')).get('/health/ready').expect(200);
    expect(Object.keys(ready.body.details).sort()).toEqual(['notifications', 'points', 'reports', 'stations']);
  });

  it('answers every public route, successes and problems, as its OpenAPI document says', async () => {
    const openApi = (await gatewayAs(gatewayUrl).get('/docs/json').expect(200)).body;
    const conformance = new OpenApiConformance(openApi);
    const [worker, staff] = [newWorker(), newStaff()];
    const admin: ActorInput = { id: `admin-${uuidv7()}`, role: 'admin' };
    const as = (actor?: ActorInput) => gatewayAs(gatewayUrl, actor);
    const observed: [method: string, path: string, response: ObservedResponse][] = [];
    /** Records the answer, and returns its body (an object with an id, where the test needs one). */
    const observe = async (method: string, path: string, call: PromiseLike<ObservedResponse>) => {
      const response = await call;
      observed.push([method, path, response]);
      return response.body as { id: string };
    };

    await observe('get', '/api/v1', as().get('/api/v1'));
    const stationKey = `doc-station-${uuidv7()}`;
    const newStation = {
      names: { 'zh-CN': '文档驿站', en: 'Documentation Station' },
      district: '江夏区',
      address: '江夏区文档路1号',
      location: { lat: 30.35, lng: 114.3 },
      hostOrganisation: 'union',
      contactPhone: '027-87654321',
      capacity: 6,
      photos: ['https://photos.example.cn/doc.jpg'],
      openingHours: {
        kind: 'weekly',
        weekly: { monday: [{ opens: '22:00', closes: '06:00' }] },
        exceptions: [{ date: '2027-01-01', kind: 'closed' }],
      },
      amenities: ['drinking-water'],
      services: ['legal-aid'],
    };
    const station = await observe(
      'post',
      '/api/v1/stations',
      as(admin).post('/api/v1/stations').set('Idempotency-Key', stationKey).send(newStation),
    );
    await observe('post', '/api/v1/stations', as(admin).post('/api/v1/stations').set('Idempotency-Key', stationKey).send(newStation));
    await observe(
      'post',
      '/api/v1/stations',
      as(admin)
        .post('/api/v1/stations')
        .set('Idempotency-Key', stationKey)
        .send({ ...newStation, names: { 'zh-CN': '另一个驿站' } }),
    );
    await observe(
      'post',
      '/api/v1/stations',
      as(worker)
        .post('/api/v1/stations')
        .send({ names: { 'zh-CN': '' } }),
    );
    await observe('get', '/api/v1/stations', as().get('/api/v1/stations?limit=2'));
    await observe('get', '/api/v1/stations/nearby', as().get('/api/v1/stations/nearby?lat=30.35&lng=114.3'));
    await observe('get', '/api/v1/stations/nearby', as().get('/api/v1/stations/nearby?lat=north'));
    await observe('get', '/api/v1/stations/{id}', as().get(`/api/v1/stations/${station.id}`));
    await observe('get', '/api/v1/stations/{id}', as().get(`/api/v1/stations/${uuidv7()}`));
    const manager: ActorInput = { id: `manager-${uuidv7()}`, role: 'station-manager', scopes: { stations: [station.id] } };
    await observe('patch', '/api/v1/stations/{id}', as(manager).patch(`/api/v1/stations/${station.id}`).send({ capacity: 8 }));
    await observe('patch', '/api/v1/stations/{id}', as(manager).patch(`/api/v1/stations/${station.id}`).send({ contactPhone: '110' }));
    await observe('patch', '/api/v1/stations/{id}', as(worker).patch(`/api/v1/stations/${station.id}`).send({ capacity: 8 }));
    await observe('patch', '/api/v1/stations/{id}', as().patch(`/api/v1/stations/${station.id}`).send({ capacity: 8 }));
    await observe('patch', '/api/v1/stations/{id}', as(admin).patch(`/api/v1/stations/${uuidv7()}`).send({ capacity: 8 }));
    await observe(
      'patch',
      '/api/v1/stations/{id}',
      as(admin)
        .patch(`/api/v1/stations/${station.id}`)
        .send({ services: ['tarot'] }),
    );
    await observe('get', '/api/v1/station-service-types', as().get('/api/v1/station-service-types'));
    const serviceType = { code: `doc-service-${uuidv7().slice(-6)}`, names: { 'zh-CN': '文档服务', en: 'Documentation service' } };
    await observe('post', '/api/v1/station-service-types', as(admin).post('/api/v1/station-service-types').send(serviceType));
    await observe('post', '/api/v1/station-service-types', as(admin).post('/api/v1/station-service-types').send(serviceType));
    await observe(
      'post',
      '/api/v1/station-service-types',
      as(admin)
        .post('/api/v1/station-service-types')
        .send({ ...serviceType, names: { 'zh-CN': '别的', en: 'Other' } }),
    );
    await observe('post', '/api/v1/station-service-types', as(worker).post('/api/v1/station-service-types').send(serviceType));
    await observe('post', '/api/v1/station-service-types', as(admin).post('/api/v1/station-service-types').send({ code: 'Not Kebab' }));
    const report = await observe('post', '/api/v1/reports', as(worker).post('/api/v1/reports').send(jiangxiaReport));
    const other = await observe(
      'post',
      '/api/v1/reports',
      as(worker).post('/api/v1/reports').set('Idempotency-Key', `doc-${uuidv7()}`).send(jiangxiaReport),
    );
    await observe('post', '/api/v1/reports', as().post('/api/v1/reports').send(jiangxiaReport));
    await observe('get', '/api/v1/reports', as(worker).get('/api/v1/reports?limit=1'));
    await observe('get', '/api/v1/reports/{id}', as(worker).get(`/api/v1/reports/${report.id}`));
    await observe('get', '/api/v1/reports/{id}', as(newWorker()).get(`/api/v1/reports/${report.id}`));
    await observe('post', '/api/v1/reports/{id}/confirm', as(worker).post(`/api/v1/reports/${report.id}/confirm`).send({}));
    await observe('post', '/api/v1/reports/{id}/confirm', as(staff).post(`/api/v1/reports/${report.id}/confirm`).send({ note: '已核实' }));
    await observe('post', '/api/v1/reports/{id}/confirm', as(newStaff()).post(`/api/v1/reports/${report.id}/confirm`).send({}));
    await observe('post', '/api/v1/reports/{id}/reject', as(staff).post(`/api/v1/reports/${other.id}/reject`).send({ reason: '重复上报' }));
    await observe('post', '/api/v1/reports/{id}/reject', as(staff).post(`/api/v1/reports/${other.id}/reject`).send({}));
    await scenario(gatewayUrl).waitForBalance(worker, 10);
    await observe('get', '/api/v1/me/points', as(worker).get('/api/v1/me/points'));
    await observe('get', '/api/v1/me/points', as().get('/api/v1/me/points'));
    await observe('get', '/api/v1/me/points/transactions', as(worker).get('/api/v1/me/points/transactions'));
    await observe('get', '/api/v1/me/notifications', as(worker).get('/api/v1/me/notifications'));
    await observe('get', '/api/v1/me/notifications', as(worker).get('/api/v1/me/notifications?limit=0'));

    expect(observed.flatMap(([method, path, response]) => conformance.problemsWith(method, path, response))).toEqual([]);
    const documented = Object.entries(openApi.paths as Record<string, object>)
      .filter(([path]) => path.startsWith('/api/'))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));
    expect([...new Set(observed.map(([method, path]) => `${method} ${path}`))].sort()).toEqual(documented.sort());
    expect(new Set(observed.map(([, , response]) => response.status))).toEqual(new Set([200, 201, 400, 401, 403, 404, 409, 422]));
  });
});
