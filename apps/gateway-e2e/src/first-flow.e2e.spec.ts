import { WaystationSystem } from '@waystation/system';
import {
  gatewayAs,
  ObservedResponse,
  OpenApiConformance,
  placeReport,
  queryDatabase,
  newPhoneNumber,
  signInAdmin,
  signInStaff,
  smsCodeFor,
  startTestSystem,
  type TestAccount,
  uploadTestPhoto,
  waitFor,
  workerProfile,
} from '@waystation/testing';
import { JIANGXIA_COMMUNITY, newStaffAccount, newWorkerAccount } from './accounts';
import { observeReportReview } from './conformance/report-review.conformance';
import { observeReportSla } from './conformance/report-sla.conformance';
import { v7 as uuidv7 } from 'uuid';
import { observeReportPhotos } from './conformance/report-photos.conformance';
import { jiangxiaReport, scenario } from './scenario';
import { observeReportCategories } from './conformance/report-categories.conformance';
import { observePointsAdministration } from './conformance/points-administration.conformance';
import { observeDepartments } from './conformance/departments.conformance';
import { observeRewards } from './conformance/rewards.conformance';
import { observeOpen311 } from './conformance/open311.conformance';
import { observeWebhooks } from './conformance/webhooks.conformance';
import { observeLiveEvents } from './conformance/live-events.conformance';

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
    const worker = await newWorkerAccount(system.url('gateway'));
    const staff = await newStaffAccount(system.url('gateway'));
    const steps = scenario(gatewayUrl);

    const report = await steps.submitReport(worker);
    expect(report).toMatchObject({
      status: 'submitted',
      reporterId: worker.actor.id,
      category: { code: 'overflowing-bins', group: 'environment' },
      communityCode: JIANGXIA_COMMUNITY,
      districtCode: '420115',
    });
    // The submission reserves what the report will earn: the worker sees it pending.
    const pendingBalance = await waitFor(
      async () => {
        const response = await gatewayAs(gatewayUrl, worker).get('/api/v1/me/points').expect(200);
        return response.body.pending === 5 ? response.body : undefined;
      },
      { description: 'the pending credit of the submitted report', timeoutMs: 20_000 },
    );
    expect(pendingBalance).toMatchObject({ balance: 0, pending: 5 });
    const confirmed = await steps.confirmReport(staff, report.id);
    // Confirmation dispatches it at once by the routing rules (environment → sanitation).
    expect(confirmed.status).toBe('dispatched');
    expect(confirmed.history.map((entry) => entry.status)).toEqual(['submitted', 'confirmed', 'dispatched']);
    expect(confirmed.departments).toEqual([expect.objectContaining({ code: 'sanitation', status: 'dispatched' })]);

    // An environment report earns 5 points by the seeded earning rules, moved from pending to the balance.
    await steps.waitForBalance(worker, 5);
    expect((await gatewayAs(gatewayUrl, worker).get('/api/v1/me/points').expect(200)).body).toMatchObject({ balance: 5, pending: 0 });
    const transactions = await gatewayAs(gatewayUrl, worker).get('/api/v1/me/points/transactions').expect(200);
    expect(transactions.body.items).toEqual([expect.objectContaining({ amount: 5, reason: 'report.confirmed', referenceId: report.id })]);

    const inbox = await waitFor(
      async () => {
        const response = await gatewayAs(gatewayUrl, worker).get('/api/v1/me/notifications').expect(200);
        return response.body.items.length === 3 ? response.body.items : undefined;
      },
      { description: 'the confirmation, the dispatch and the credit notifications', timeoutMs: 20_000 },
    );
    expect(inbox.map((item: { kind: string }) => item.kind).sort()).toEqual(['points.credited', 'report.confirmed', 'report.dispatched']);
    expect(inbox.find((item: { kind: string }) => item.kind === 'report.dispatched')).toMatchObject({
      body: '您上报的问题已转交「环卫」处理。',
      data: { reportId: report.id, departments: ['sanitation'] },
    });
    expect(inbox.find((item: { kind: string }) => item.kind === 'points.credited')).toMatchObject({
      title: '积分到账 +5',
      data: { amount: 5, balanceAfter: 5, referenceId: report.id },
    });

    // Opening the inbox marks what the worker saw read: the newest is first.
    const read = await gatewayAs(gatewayUrl, worker).post('/api/v1/me/notifications/read').send({ upTo: inbox[0].id }).expect(200);
    expect(read.body).toEqual({ count: 0 });
    const { body: home } = await gatewayAs(gatewayUrl, worker).get('/api/v1/me/home?lat=30.35&lng=114.3').expect(200);
    expect(home.unreadNotifications).toBe(0);
  });

  it("carries the caller's correlation id through the service into the event the change publishes", async () => {
    const correlationId = `trace-${uuidv7()}`;
    const worker = await newWorkerAccount(system.url('gateway'));
    const photoIds = [await uploadTestPhoto(gatewayUrl, worker)];

    const response = await gatewayAs(gatewayUrl, worker)
      .post('/api/v1/reports')
      .set('x-correlation-id', correlationId)
      .send({ ...jiangxiaReport, photoIds });

    expect(response.status).toBe(201);
    expect(response.headers['x-correlation-id']).toBe(correlationId);
    const events = await queryDatabase<{ type: string; correlation_id: string }>(
      'reports',
      `SELECT envelope ->> 'type' AS type, envelope ->> 'correlationId' AS correlation_id FROM outbox_messages WHERE message_key = $1`,
      [response.body.id],
    );
    expect(events).toEqual([{ type: 'report.submitted', correlation_id: correlationId }]);
  });

  it('shows each worker only their own reports, points and notifications', async () => {
    const owner = await newWorkerAccount(system.url('gateway'));
    const stranger = await newWorkerAccount(system.url('gateway'));
    const report = await scenario(gatewayUrl).submitReport(owner);

    const asStranger = gatewayAs(gatewayUrl, stranger);
    await asStranger.get(`/api/v1/reports/${report.id}`).expect(404);
    expect((await asStranger.get('/api/v1/reports').expect(200)).body.items).toEqual([]);
    expect((await asStranger.get('/api/v1/me/points').expect(200)).body).toMatchObject({ accountId: stranger.actor.id, balance: 0 });
    expect((await asStranger.get('/api/v1/me/notifications').expect(200)).body.items).toEqual([]);
    await gatewayAs(gatewayUrl, owner).get(`/api/v1/reports/${report.id}`).expect(200);
  });

  it('lets only community staff review, and only once', async () => {
    const worker = await newWorkerAccount(system.url('gateway'));
    const report = await scenario(gatewayUrl).submitReport(worker);

    const byWorker = await gatewayAs(gatewayUrl, worker).post(`/api/v1/reports/${report.id}/confirm`).send({}).expect(403);
    expect(byWorker.body).toMatchObject({ status: 403, code: 'review-not-allowed' });

    const staff = await newStaffAccount(system.url('gateway'));
    await gatewayAs(gatewayUrl, staff)
      .post(`/api/v1/reports/${report.id}/reject`)
      .send({ reasonCode: 'insufficient-evidence', note: '照片不清晰' })
      .expect(200);
    const again = await gatewayAs(gatewayUrl, staff).post(`/api/v1/reports/${report.id}/confirm`).send({}).expect(409);
    expect(again.body).toMatchObject({ code: 'report-already-reviewed', detail: expect.stringContaining('rejected') });
    expect(again.headers['content-type']).toContain('application/problem+json');
  });

  it('returns the first report when a submission is retried with the same Idempotency-Key', async () => {
    const worker = await newWorkerAccount(system.url('gateway'));
    const report = { ...jiangxiaReport, photoIds: [await uploadTestPhoto(gatewayUrl, worker)] };
    const first = await gatewayAs(gatewayUrl, worker).post('/api/v1/reports').set('Idempotency-Key', 'retry-1').send(report).expect(201);
    const retry = await gatewayAs(gatewayUrl, worker).post('/api/v1/reports').set('Idempotency-Key', 'retry-1').send(report).expect(200);
    expect(retry.body.id).toBe(first.body.id);
    const rows = await queryDatabase<{ count: string }>('reports', 'SELECT count(*) FROM reports WHERE reporter_id = $1', [
      worker.actor.id,
    ]);
    expect(Number(rows[0].count)).toBe(1);
  });

  it('finds open stations near a worker, nearest first', async () => {
    const admin = await signInAdmin(system.url('gateway'));
    const near = {
      names: { 'zh-CN': '测试驿站-近' },
      district: '江夏区',
      address: '江夏区测试路1号',
      location: { lat: 30.3001, lng: 114.2001 },
      amenities: ['drinking-water', 'phone-charging', 'toilet'],
      openingHours: { kind: 'always-open' },
      status: 'operating',
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

  it('imports stations from CSV once, and counts them in the progress CSV against the target', async () => {
    const as = gatewayAs(gatewayUrl, await signInAdmin(gatewayUrl));
    // A district of this test's own: the other tests' stations count in Jiangxia.
    const district = '420199';
    const batch = uuidv7().slice(-8);
    const csv = [
      'externalRef,name,district,districtCode,address,lat,lng,amenities,status',
      `E2E-${batch}-1,测试驿站一,测试区,${district},测试路1号,30.31,114.21,drinking-water;phone-charging,operating`,
      `E2E-${batch}-2,测试驿站二,测试区,${district},测试路2号,30.32,114.22,,built`,
      `E2E-${batch}-3,测试驿站三,测试区,${district},测试路3号,30.33,114.23,,`,
    ].join('\n');
    const importCsv = () => as.post('/api/v1/stations/import').set('content-type', 'text/csv').send(csv);

    expect((await importCsv().expect(200)).body).toMatchObject({ created: 3, unchanged: 0 });
    expect((await importCsv().expect(200)).body).toMatchObject({ created: 0, unchanged: 3 });
    await as.post('/api/v1/station-targets').send({ districtCode: district, year: 2026, plannedCount: 10 }).expect(200);

    const progress = await as.get('/api/v1/station-progress?year=2026').set('accept', 'text/csv').expect(200);

    expect(progress.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(progress.text.split('\n')).toContain(`${district},10,3,2,2,1,1,0,0`);
  });

  it('is ready only when every service is, as its management port details', async () => {
    const ready = await gatewayAs(system.managementUrl('gateway')).get('/health/ready').expect(200);
    expect(Object.keys(ready.body.details).sort()).toEqual([
      'database',
      'kafka',
      'live-updates',
      'notifications',
      'outbox',
      'points',
      'reports',
      'stations',
    ]);
  });

  it("shows a worker's first screen in one call: nearby stations, pending points, unread notifications, open reports", async () => {
    const admin = await signInAdmin(gatewayUrl);
    const worker = await newWorkerAccount(gatewayUrl);
    const home = { lat: 30.4001, lng: 114.4001 };
    const station = {
      names: { 'zh-CN': '首页驿站' },
      district: '江夏区',
      address: '江夏区首页路1号',
      location: home,
      amenities: ['drinking-water', 'microwave'],
      openingHours: { kind: 'always-open' },
      status: 'operating',
    };
    await gatewayAs(gatewayUrl, admin).post('/api/v1/stations').send(station).expect(201);
    await gatewayAs(gatewayUrl, admin)
      .post('/api/v1/stations')
      .send({ ...station, names: { 'zh-CN': '首页驿站-无微波炉' }, amenities: ['drinking-water'] })
      .expect(201);
    const report = await scenario(gatewayUrl).submitReport(worker);
    const homeOf = async (query: string) =>
      (await gatewayAs(gatewayUrl, worker).get(`/api/v1/me/home?lat=${home.lat}&lng=${home.lng}&radius=500${query}`).expect(200)).body;

    const first = await waitFor(async () => ((await homeOf('')).points.pending === 5 ? homeOf('') : undefined), {
      description: 'the pending credit of the submitted report on the home screen',
      timeoutMs: 20_000,
    });

    expect(first.stations.map((found: { names: { 'zh-CN': string } }) => found.names['zh-CN'])).toEqual(['首页驿站', '首页驿站-无微波炉']);
    expect(first.points).toMatchObject({ accountId: worker.actor.id, balance: 0, pending: 5 });
    expect(first.openReports).toEqual([expect.objectContaining({ id: report.id, status: 'submitted' })]);
    expect(first.unreadNotifications).toBe(0);
    const withMicrowave = await homeOf('&amenity=microwave&openNow=true');
    expect(withMicrowave.stations.map((found: { names: { 'zh-CN': string } }) => found.names['zh-CN'])).toEqual(['首页驿站']);

    await scenario(gatewayUrl).confirmReport(await newStaffAccount(gatewayUrl), report.id);
    // The confirmation, the credit, and the dispatch to the department the routing rules name.
    const confirmed = await waitFor(async () => ((await homeOf('')).unreadNotifications === 3 ? homeOf('') : undefined), {
      description: 'the confirmation, credit and dispatch notifications on the home screen',
      timeoutMs: 20_000,
    });
    expect(confirmed.points).toMatchObject({ balance: 5, pending: 0 });
    expect(confirmed.openReports).toEqual([expect.objectContaining({ id: report.id, status: 'dispatched' })]);
  });

  it('answers every public route, successes and problems, as its OpenAPI document says', async () => {
    const openApi = (await gatewayAs(gatewayUrl).get('/docs/json').expect(200)).body;
    const conformance = new OpenApiConformance(openApi);
    const [worker, staff] = [await newWorkerAccount(system.url('gateway')), await newStaffAccount(system.url('gateway'))];
    const admin = await signInAdmin(gatewayUrl);
    const as = (account?: Pick<TestAccount, 'accessToken'>) => gatewayAs(gatewayUrl, account);
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
    const manager = await signInStaff(gatewayUrl, { role: 'station-manager', scopes: { stations: [station.id] } });
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
    const square: [number, number][] = [
      [113.5, 30.5],
      [113.52, 30.5],
      [113.52, 30.52],
      [113.5, 30.52],
      [113.5, 30.5],
    ];
    const district = { type: 'Feature', properties: { code: '429004', level: 'district', nameZh: '文档区', nameEn: 'Docs District' } };
    const map = { type: 'FeatureCollection', features: [{ ...district, geometry: { type: 'Polygon', coordinates: [square] } }] };
    const openRing = {
      type: 'FeatureCollection',
      features: [{ ...district, geometry: { type: 'Polygon', coordinates: [square.slice(0, 4)] } }],
    };
    await observe('post', '/api/v1/areas/import', as(admin).post('/api/v1/areas/import').send(map));
    await observe('post', '/api/v1/areas/import', as(admin).post('/api/v1/areas/import').send(openRing));
    await observe('post', '/api/v1/areas/import', as(worker).post('/api/v1/areas/import').send(map));
    await observe('post', '/api/v1/areas/import', as(admin).post('/api/v1/areas/import').send({ type: 'FeatureCollection', features: [] }));
    await observe('get', '/api/v1/areas', as().get('/api/v1/areas?level=district&limit=1'));
    await observe('get', '/api/v1/areas', as().get('/api/v1/areas?level=province'));
    await observe('get', '/api/v1/areas/locate', as().get('/api/v1/areas/locate?lat=30.51&lng=113.51'));
    await observe('get', '/api/v1/areas/locate', as().get('/api/v1/areas/locate?lat=91&lng=113.51'));
    await observe('get', '/api/v1/areas/{code}', as().get('/api/v1/areas/429004'));
    await observe('get', '/api/v1/areas/{code}', as().get('/api/v1/areas/999999'));
    await observe('get', '/api/v1/areas/{code}', as().get('/api/v1/areas/42'));
    const stationPath = `/api/v1/stations/${station.id}`;
    const move = (account: TestAccount, to: string) => as(account).post(`${stationPath}/status-changes`).send({ to, reason: '文档示例' });
    await observe('post', '/api/v1/stations/{id}/status-changes', move(admin, 'under-construction'));
    await observe('post', '/api/v1/stations/{id}/status-changes', move(admin, 'operating'));
    await observe('post', '/api/v1/stations/{id}/status-changes', move(worker, 'built'));
    await observe('post', '/api/v1/stations/{id}/status-changes', move(admin, 'built'));
    await observe('get', '/api/v1/stations/{id}/history', as(admin).get(`${stationPath}/history`));
    await observe('get', '/api/v1/stations/{id}/history', as(worker).get(`${stationPath}/history`));
    const checklist = {
      name: '文档验收标准',
      items: [{ code: 'signage', label: { zh: '标识', en: 'Signage' }, required: true }],
    };
    const template = await observe('post', '/api/v1/acceptance/templates', as(admin).post('/api/v1/acceptance/templates').send(checklist));
    await observe('post', '/api/v1/acceptance/templates', as(worker).post('/api/v1/acceptance/templates').send(checklist));
    await observe('get', '/api/v1/acceptance/templates', as(admin).get('/api/v1/acceptance/templates'));
    const inspect = (results: object[]) => as(admin).post(`${stationPath}/inspections`).send({ templateId: template.id, results });
    await observe('post', '/api/v1/stations/{id}/inspections', inspect([{ itemCode: 'books', result: 'pass' }]));
    await observe(
      'post',
      '/api/v1/stations/{id}/inspections',
      inspect([{ itemCode: 'signage', result: 'fail', rectification: { action: '更换标识', deadline: '2026-12-31' } }]),
    );
    await observe('post', '/api/v1/stations/{id}/inspections', inspect([{ itemCode: 'signage', result: 'pass' }]));
    await observe('get', '/api/v1/stations/{id}/inspections', as(admin).get(`${stationPath}/inspections`));
    // Accepted, it opens: only an operating station takes the check-ins and sessions below.
    await observe('post', '/api/v1/stations/{id}/status-changes', move(admin, 'operating'));
    const target = { districtCode: '420115', year: 2026, plannedCount: 120 };
    await observe('post', '/api/v1/station-targets', as(admin).post('/api/v1/station-targets').send(target));
    await observe(
      'post',
      '/api/v1/station-targets',
      as(admin)
        .post('/api/v1/station-targets')
        .send({ ...target, year: 1900 }),
    );
    await observe('get', '/api/v1/station-progress', as(admin).get('/api/v1/station-progress?year=2026'));
    const csvProgress = await as(admin).get('/api/v1/station-progress?year=2026&format=csv');
    await observe('get', '/api/v1/station-progress', Promise.resolve({ ...csvProgress, body: csvProgress.text }));
    await observe('get', '/api/v1/station-progress', as(worker).get('/api/v1/station-progress?year=2026'));
    const importCsv = (csv: string) => as(admin).post('/api/v1/stations/import').set('content-type', 'text/csv').send(csv);
    const header = 'externalRef,name,district,districtCode,address,lat,lng';
    await observe(
      'post',
      '/api/v1/stations/import',
      importCsv(`${header}\nDOC-${uuidv7()},文档导入驿站,江夏区,420115,江夏区文档路2号,30.36,114.3\n`),
    );
    await observe('post', '/api/v1/stations/import', importCsv(`${header}\nDOC-1,,江夏区,420115,江夏区文档路3号,north,114.3\n`));
    const withPhoto = async () => ({ ...jiangxiaReport, photoIds: [await uploadTestPhoto(gatewayUrl, worker)] });
    const report = await observe(
      'post',
      '/api/v1/reports',
      as(worker)
        .post('/api/v1/reports')
        .send(await withPhoto()),
    );
    const other = await observe(
      'post',
      '/api/v1/reports',
      as(worker)
        .post('/api/v1/reports')
        .set('Idempotency-Key', `doc-${uuidv7()}`)
        .send(await withPhoto()),
    );
    await Promise.all([report, other].map(({ id }) => placeReport(id)));
    await observe('post', '/api/v1/reports', as().post('/api/v1/reports').send(jiangxiaReport));
    await observe('get', '/api/v1/reports', as(worker).get('/api/v1/reports?limit=1'));
    await observe('get', '/api/v1/reports/{id}', as(worker).get(`/api/v1/reports/${report.id}`));
    await observe('get', '/api/v1/reports/{id}', as(await newWorkerAccount(system.url('gateway'))).get(`/api/v1/reports/${report.id}`));
    await observe('post', '/api/v1/reports/{id}/confirm', as(worker).post(`/api/v1/reports/${report.id}/confirm`).send({}));
    await observe('post', '/api/v1/reports/{id}/confirm', as(staff).post(`/api/v1/reports/${report.id}/confirm`).send({ note: '已核实' }));
    await observe(
      'post',
      '/api/v1/reports/{id}/confirm',
      as(await newStaffAccount(system.url('gateway')))
        .post(`/api/v1/reports/${report.id}/confirm`)
        .send({}),
    );
    await observe(
      'post',
      '/api/v1/reports/{id}/reject',
      as(staff).post(`/api/v1/reports/${other.id}/reject`).send({ reasonCode: 'duplicate', note: '重复上报' }),
    );
    await observe('post', '/api/v1/reports/{id}/reject', as(staff).post(`/api/v1/reports/${other.id}/reject`).send({}));
    await scenario(gatewayUrl).waitForBalance(worker, 5);
    await observe('get', '/api/v1/me/points', as(worker).get('/api/v1/me/points'));
    await observe('get', '/api/v1/me/points', as().get('/api/v1/me/points'));
    await observe('get', '/api/v1/me/points/transactions', as(worker).get('/api/v1/me/points/transactions'));
    await observe('get', '/api/v1/me/notifications', as(worker).get('/api/v1/me/notifications'));
    await observe('get', '/api/v1/me/notifications', as(worker).get('/api/v1/me/notifications?limit=0'));
    const [newest] = (await as(worker).get('/api/v1/me/notifications').expect(200)).body.items;
    await observe('post', '/api/v1/me/notifications/read', as(worker).post('/api/v1/me/notifications/read').send({ upTo: newest.id }));
    await observe('post', '/api/v1/me/notifications/read', as(worker).post('/api/v1/me/notifications/read').send({ upTo: 'all' }));
    await observe('get', '/api/v1/me/home', as(worker).get('/api/v1/me/home?lat=30.35&lng=114.3&amenity=drinking-water'));
    await observe('get', '/api/v1/me/home', as(worker).get('/api/v1/me/home?lat=30.35&lng=114.3&openNow=true&openAt=2027-01-01T00:00:00Z'));
    await observe('get', '/api/v1/me/home', as(staff).get('/api/v1/me/home?lat=30.35&lng=114.3'));
    await observe('get', '/api/v1/me/home', as().get('/api/v1/me/home?lat=30.35&lng=114.3'));
    const signedIn = await newWorkerAccount(gatewayUrl);
    const refreshed = await observe(
      'post',
      '/api/v1/auth/refresh',
      as().post('/api/v1/auth/refresh').send({ refreshToken: signedIn.refreshToken }),
    );
    await observe('post', '/api/v1/auth/refresh', as().post('/api/v1/auth/refresh').send({}));
    const renewed = { ...signedIn, accessToken: (refreshed as unknown as { accessToken: string }).accessToken };
    await observe('post', '/api/v1/auth/sign-out', as(renewed).post('/api/v1/auth/sign-out'));
    await observe('post', '/api/v1/auth/sign-out', as(renewed).post('/api/v1/auth/sign-out'));
    await observe('post', '/api/v1/auth/refresh', as().post('/api/v1/auth/refresh').send({ refreshToken: signedIn.refreshToken }));
    await observe(
      'post',
      '/api/v1/auth/sign-out-everywhere',
      as(await newWorkerAccount(gatewayUrl)).post('/api/v1/auth/sign-out-everywhere'),
    );
    await observe('post', '/api/v1/auth/sign-out-everywhere', as().post('/api/v1/auth/sign-out-everywhere'));

    // Identity: each kind of sign-in, the caller's own account, the city office's staff admin, the signing keys.
    const phone = newPhoneNumber();
    await observe('post', '/api/v1/auth/phone/code', as().post('/api/v1/auth/phone/code').send({ phone }));
    await observe('post', '/api/v1/auth/phone/code', as().post('/api/v1/auth/phone/code').send({ phone: 'not-a-phone' }));
    const code = await smsCodeFor(phone);
    const wrongCode = code === '000000' ? '111111' : '000000';
    const profile = workerProfile();
    await observe('post', '/api/v1/auth/phone/sign-in', as().post('/api/v1/auth/phone/sign-in').send({ phone, code: wrongCode, profile }));
    const signedUp = (await observe(
      'post',
      '/api/v1/auth/phone/sign-in',
      as().post('/api/v1/auth/phone/sign-in').send({ phone, code, profile }),
    )) as unknown as Pick<TestAccount, 'accessToken'>;
    await observe('get', '/api/v1/me', as(signedUp).get('/api/v1/me'));
    await observe('get', '/api/v1/me', as().get('/api/v1/me'));
    await observe('patch', '/api/v1/me', as(signedUp).patch('/api/v1/me').send({ displayName: '文档骑手', employer: null }));
    await observe('patch', '/api/v1/me', as(signedUp).patch('/api/v1/me').send({}));
    await observe('delete', '/api/v1/me', as(signedUp).delete('/api/v1/me'));
    await observe('delete', '/api/v1/me', as().delete('/api/v1/me'));
    const username = `doc-staff-${uuidv7()}`;
    const password = `doc-password-${uuidv7()}`;
    const newStaff = {
      username,
      password,
      displayName: '文档社区人员',
      role: 'community-staff',
      scopes: { communities: [JIANGXIA_COMMUNITY] },
    };
    const created = await observe('post', '/api/v1/staff', as(admin).post('/api/v1/staff').send(newStaff));
    await observe('post', '/api/v1/staff', as(admin).post('/api/v1/staff').send(newStaff));
    await observe('post', '/api/v1/auth/staff/sign-in', as().post('/api/v1/auth/staff/sign-in').send({ username, password }));
    await observe('post', '/api/v1/auth/staff/sign-in', as().post('/api/v1/auth/staff/sign-in').send({ username, password: 'wrong' }));
    await observe('post', '/api/v1/auth/oidc/sign-in', as().post('/api/v1/auth/oidc/sign-in').send({ idToken: 'no.provider.configured' }));
    await observe('get', '/api/v1/staff', as(admin).get('/api/v1/staff?limit=2'));
    await observe('get', '/api/v1/staff', as(staff).get('/api/v1/staff'));
    await observe('get', '/api/v1/staff/{id}', as(admin).get(`/api/v1/staff/${created.id}`));
    await observe('get', '/api/v1/staff/{id}', as(admin).get(`/api/v1/staff/${uuidv7()}`));
    await observe('patch', '/api/v1/staff/{id}', as(admin).patch(`/api/v1/staff/${created.id}`).send({ displayName: '文档人员' }));
    await observe('patch', '/api/v1/staff/{id}', as(admin).patch(`/api/v1/staff/${created.id}`).send({ role: 'admin' }));
    await observe('post', '/api/v1/staff/{id}/disable', as(admin).post(`/api/v1/staff/${created.id}/disable`));
    await observe('post', '/api/v1/staff/{id}/disable', as(staff).post(`/api/v1/staff/${created.id}/disable`));
    await observe('post', '/api/v1/staff/{id}/enable', as(admin).post(`/api/v1/staff/${created.id}/enable`));
    await observe('post', '/api/v1/staff/{id}/enable', as(admin).post(`/api/v1/staff/${uuidv7()}/enable`));
    await observe('post', '/api/v1/staff/{id}/password', as(admin).post(`/api/v1/staff/${created.id}/password`).send({}));
    await observe(
      'post',
      '/api/v1/staff/{id}/password',
      as(admin).post(`/api/v1/staff/${created.id}/password`).send({ password: 'short' }),
    );
    await observe('get', '/.well-known/jwks.json', as().get('/.well-known/jwks.json'));
    const visitor = await newWorkerAccount(gatewayUrl);
    const codes = (await observe(
      'get',
      '/api/v1/stations/{id}/check-in-codes',
      as(admin).get(`/api/v1/stations/${station.id}/check-in-codes`),
    )) as unknown as { rotating: { code: string } };
    await observe('get', '/api/v1/stations/{id}/check-in-codes', as(visitor).get(`/api/v1/stations/${station.id}/check-in-codes`));
    const checkIn = { method: 'rotating-code', code: codes.rotating.code };
    await observe('post', '/api/v1/stations/{id}/check-ins', as(visitor).post(`/api/v1/stations/${station.id}/check-ins`).send(checkIn));
    await observe('post', '/api/v1/stations/{id}/check-ins', as(visitor).post(`/api/v1/stations/${station.id}/check-ins`).send(checkIn));
    await observe(
      'post',
      '/api/v1/stations/{id}/check-ins',
      as(await newWorkerAccount(gatewayUrl))
        .post(`/api/v1/stations/${station.id}/check-ins`)
        .send({ method: 'rotating-code', code: `1.${'x'.repeat(22)}` }),
    );
    await observe('get', '/api/v1/me/check-in', as(visitor).get('/api/v1/me/check-in'));
    await observe('post', '/api/v1/me/check-in/check-out', as(visitor).post('/api/v1/me/check-in/check-out'));
    await observe('get', '/api/v1/me/check-in', as(visitor).get('/api/v1/me/check-in'));
    const today = new Date().toISOString().slice(0, 10);
    const visitsPath = `/api/v1/stations/${station.id}/visits?from=${today}T00:00:00.000Z&to=${today}T23:00:00.000Z&granularity=hour`;
    await observe('get', '/api/v1/stations/{id}/visits', as(admin).get(visitsPath));
    await observe('get', '/api/v1/stations/{id}/visits', as(visitor).get(visitsPath));
    const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    const newSession = { serviceCode: 'legal-aid', title: { zh: '法律援助' }, startsAt: inHours(24), endsAt: inHours(26), places: 10 };
    const session = await observe(
      'post',
      '/api/v1/stations/{id}/sessions',
      as(admin).post(`/api/v1/stations/${station.id}/sessions`).send(newSession),
    );
    await observe('post', '/api/v1/stations/{id}/sessions', as(visitor).post(`/api/v1/stations/${station.id}/sessions`).send(newSession));
    await observe('get', '/api/v1/stations/{id}/sessions', as().get(`/api/v1/stations/${station.id}/sessions`));
    await observe('get', '/api/v1/station-sessions/{id}', as().get(`/api/v1/station-sessions/${session.id}`));
    await observe('get', '/api/v1/station-sessions/{id}', as().get(`/api/v1/station-sessions/${uuidv7()}`));
    await observe('post', '/api/v1/station-sessions/{id}/sign-ups', as(visitor).post(`/api/v1/station-sessions/${session.id}/sign-ups`));
    await observe('post', '/api/v1/station-sessions/{id}/sign-ups', as(visitor).post(`/api/v1/station-sessions/${session.id}/sign-ups`));
    await observe('get', '/api/v1/station-sessions/{id}/sign-ups', as(admin).get(`/api/v1/station-sessions/${session.id}/sign-ups`));
    const attendance = { workerId: visitor.actor.id };
    await observe(
      'post',
      '/api/v1/station-sessions/{id}/attendance',
      as(admin).post(`/api/v1/station-sessions/${session.id}/attendance`).send(attendance),
    );
    await observe('get', '/api/v1/me/session-sign-ups', as(visitor).get('/api/v1/me/session-sign-ups'));
    await observe('post', '/api/v1/me/session-sign-ups/{id}/cancel', as(visitor).post(`/api/v1/me/session-sign-ups/${session.id}/cancel`));
    await observe('post', '/api/v1/me/session-sign-ups/{id}/cancel', as(visitor).post(`/api/v1/me/session-sign-ups/${session.id}/cancel`));
    await as(visitor).post(`/api/v1/station-sessions/${session.id}/sign-ups`).expect(201);
    await queryDatabase('stations', `UPDATE station_sessions SET starts_at = now() - interval '1 minute' WHERE id = $1`, [session.id]);
    await observe(
      'post',
      '/api/v1/station-sessions/{id}/attendance',
      as(admin).post(`/api/v1/station-sessions/${session.id}/attendance`).send(attendance),
    );
    await observeReportCategories({ system, observe, as, worker, staff, admin });
    await observeReportReview({ system, observe, as, worker, staff, admin });
    await observeReportSla({ system, observe, as, worker, staff, admin });
    await observeReportPhotos({ system, observe, as, worker, staff, admin });
    await observePointsAdministration({ system, observe, as, worker, staff, admin });
    await observeDepartments({ system, observe, as, worker, staff, admin });
    await observeRewards({ system, observe, as, worker, staff, admin });
    await observeOpen311({ system, observe, as, worker, staff, admin });
    await observeWebhooks({ system, observe, as, worker, staff, admin });
    await observeLiveEvents({ system, observe, as, worker, staff, admin });

    expect(observed.flatMap(([method, path, response]) => conformance.problemsWith(method, path, response))).toEqual([]);
    const documented = Object.entries(openApi.paths as Record<string, object>)
      .filter(([path]) => path.startsWith('/api/') || path.startsWith('/.well-known/') || path.startsWith('/open311/'))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));
    expect([...new Set(observed.map(([method, path]) => `${method} ${path}`))].sort()).toEqual(documented.sort());
    expect(new Set(observed.map(([, , response]) => response.status))).toEqual(
      new Set([200, 201, 202, 204, 400, 401, 403, 404, 409, 415, 422]),
    );
  });
});
