import { INestApplication } from '@nestjs/common';
import { Actor, actorSchema, ActorInput, StationStatus } from '@waystation/contracts';
import {
  AcceptanceTemplateView,
  InspectionView,
  STATION_IMPORT_MAX_BYTES,
  StationStatusChangeView,
  StationView,
} from '@waystation/http-api';
import { expectProblem, newStaff, newWorker, queryDatabase, serviceAs, startServiceUnderTest } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import { AcceptanceInspections } from './acceptance/acceptance-inspections.service';
import { AppModule } from './app.module';
import { StationImport } from './import/station-import.service';
import { StationProgressReport } from './progress/station-progress.service';
import { stationsConfigSchema } from './config/stations.config';
import { StationLifecycle } from './lifecycle/station-lifecycle.service';

/** The stations service in this process, on its own scratch database and the run's real Kafka. */
let database: string;
let sut: INestApplication;

const admin: ActorInput = { id: `admin-${uuidv7()}`, role: 'admin' };
const managerOf = (...stations: string[]): Actor =>
  actorSchema.parse({ id: `manager-${uuidv7()}`, role: 'station-manager', scopes: { stations } });

const as = (actor?: ActorInput) => serviceAs(sut.getHttpServer(), actor);

const count = async (sql: string, params: unknown[] = []) =>
  Number((await queryDatabase<{ count: string }>(database, sql, params))[0].count);
const writes = async (stationId: string) => [
  await count('SELECT count(*) FROM station_status_history WHERE station_id = $1', [stationId]),
  await count('SELECT count(*) FROM outbox_messages WHERE message_key = $1', [stationId]),
];
const eventsOf = (stationId: string, type: string) =>
  queryDatabase<{ payload: Record<string, unknown> }>(
    database,
    `SELECT envelope -> 'payload' AS payload FROM outbox_messages WHERE event_type = $1 AND message_key = $2 ORDER BY id`,
    [type, stationId],
  );

async function register(extra: object = {}): Promise<StationView> {
  const body = {
    names: { 'zh-CN': `驿站 ${uuidv7().slice(-6)}` },
    district: '江夏区',
    districtCode: '420115',
    address: '武汉市江夏区文化大道 1 号',
    location: { lat: 30.375, lng: 114.322 },
    ...extra,
  };
  return (await as(admin).post('/stations').send(body).expect(201)).body as StationView;
}

const changeStatus = (actor: ActorInput, stationId: string, to: StationStatus, reason = '按计划推进') =>
  as(actor).post(`/stations/${stationId}/status-changes`).send({ to, reason });

beforeAll(async () => {
  ({ app: sut, database } = await startServiceUnderTest((env) => AppModule.forRoot(stationsConfigSchema.parse(env)), {
    databaseVariable: 'STATIONS_DATABASE_URL',
  }));
}, 60_000);

afterAll(async () => {
  await sut?.close();
});

describe(StationLifecycle.name, () => {
  it('registers a new station as planned, with its entry as the first history line', async () => {
    const station = await register();

    expect(station.status).toBe('planned');
    const history = await as(admin).get(`/stations/${station.id}/history`).expect(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({ from: null, to: 'planned', changedBy: admin.id, reason: 'registered by the city office' }),
    ]);
  });

  it("lets the station's manager report construction progress, keeping who, when and why, each move announced", async () => {
    const station = await register();
    const manager = managerOf(station.id);

    const started = await changeStatus(manager, station.id, 'under-construction', '施工队进场').expect(200);
    await changeStatus(manager, station.id, 'built', '主体完工，待验收').expect(200);

    expect(started.body).toMatchObject({ id: station.id, status: 'under-construction' });
    const history: StationStatusChangeView[] = (await as(manager).get(`/stations/${station.id}/history`).expect(200)).body.items;
    expect(history.map(({ from, to, reason, changedBy }) => ({ from, to, reason, changedBy }))).toEqual([
      { from: null, to: 'planned', reason: 'registered by the city office', changedBy: admin.id },
      { from: 'planned', to: 'under-construction', reason: '施工队进场', changedBy: manager.id },
      { from: 'under-construction', to: 'built', reason: '主体完工，待验收', changedBy: manager.id },
    ]);
    expect(new Date(history[2].changedAt).getTime()).toBeGreaterThanOrEqual(new Date(history[1].changedAt).getTime());
    expect((await eventsOf(station.id, 'station.status-changed')).map((event) => event.payload)).toEqual([
      expect.objectContaining({
        stationId: station.id,
        from: 'planned',
        to: 'under-construction',
        changedBy: manager.id,
        reason: '施工队进场',
      }),
      expect.objectContaining({ from: 'under-construction', to: 'built' }),
    ]);
    expect((await as().get(`/stations/${station.id}`).expect(200)).body.status).toBe('built');
  });

  it('refuses a move the lifecycle does not have with 409 naming from and to, and writes nothing', async () => {
    const station = await register();
    const before = await writes(station.id);

    const response = await changeStatus(admin, station.id, 'operating');

    expectProblem(response, 409, 'station-transition-not-allowed');
    expect(response.body).toMatchObject({ from: 'planned', to: 'operating', stationId: station.id });
    expect(await writes(station.id)).toEqual(before);
  });

  it('refuses to accept a built station without an inspection, even for the city office', async () => {
    const station = await register({ status: 'built' });

    const response = await changeStatus(admin, station.id, 'accepted');

    expectProblem(response, 409, 'acceptance-inspection-required');
    expect(response.body).toMatchObject({ from: 'built', to: 'accepted' });
    expect((await as().get(`/stations/${station.id}`).expect(200)).body.status).toBe('built');
  });

  it('refuses accepted as the status a station enters the registry with', async () => {
    const response = await as(admin)
      .post('/stations')
      .send({ names: { 'zh-CN': '驿站' }, district: '江夏区', address: '江夏区', location: { lat: 30.3, lng: 114.3 }, status: 'accepted' });

    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'status' })]);
  });

  it('lets a manager suspend and reopen their operating station, and the city office alone close it', async () => {
    const station = await register({ status: 'operating' });
    const manager = managerOf(station.id);

    await changeStatus(manager, station.id, 'suspended', '停电检修').expect(200);
    await changeStatus(manager, station.id, 'operating', '恢复供电').expect(200);
    expectProblem(await changeStatus(manager, station.id, 'closed'), 403, 'station-transition-forbidden');
    await changeStatus(admin, station.id, 'closed', '场地收回').expect(200);

    expectProblem(await changeStatus(admin, station.id, 'operating'), 409, 'station-transition-not-allowed');
  });

  it.each([
    ["another station's manager", () => managerOf(uuidv7())],
    ['a worker', newWorker],
    ['community staff', newStaff],
  ])('answers 403 to %s moving a station, and writes nothing', async (_who, actor) => {
    const station = await register({ status: 'operating' });
    const before = await writes(station.id);

    const response = await changeStatus(actor(), station.id, 'suspended');

    expectProblem(response, 403, 'station-transition-forbidden');
    expect(await writes(station.id)).toEqual(before);
  });

  it('keeps the history from everyone but the city office and the station managers', async () => {
    const station = await register();

    expectProblem(await as(managerOf(uuidv7())).get(`/stations/${station.id}/history`), 403, 'station-history-not-visible');
    expectProblem(await as(newWorker()).get(`/stations/${station.id}/history`), 403, 'station-history-not-visible');
    expectProblem(await as(admin).get(`/stations/${uuidv7()}/history`), 404, 'station-not-found');
  });

  it('requires a reason and a known status', async () => {
    const station = await register();

    const response = await as(admin).post(`/stations/${station.id}/status-changes`).send({ to: 'demolished', reason: ' ' });

    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['reason', 'to']);
  });

  it('pages through a long history in order', async () => {
    const station = await register({ status: 'operating' });
    for (const to of ['suspended', 'operating', 'suspended', 'operating'] as const) await changeStatus(admin, station.id, to).expect(200);

    const first = (await as(admin).get(`/stations/${station.id}/history?limit=3`).expect(200)).body;
    const rest = (await as(admin).get(`/stations/${station.id}/history?limit=3&cursor=${first.nextCursor}`).expect(200)).body;

    expect([...first.items, ...rest.items].map((change: StationStatusChangeView) => change.to)).toEqual([
      'operating',
      'suspended',
      'operating',
      'suspended',
      'operating',
    ]);
    expect(rest.nextCursor).toBeNull();
  });
});

/** Results for the seeded default checklist: every item passes unless named. */
const DEFAULT_ITEMS = [
  'floor-area',
  'signage',
  'listed-amenities',
  'opening-hours-posted',
  'fire-extinguisher',
  'first-aid-kit',
  'drinking-water',
];
const results = (overrides: Record<string, object> = {}) =>
  DEFAULT_ITEMS.map((itemCode) => ({ itemCode, result: 'pass', ...overrides[itemCode] }));
const failing = (action: string) => ({ result: 'fail', rectification: { action, deadline: '2026-12-31' } });

const inspect = (actor: ActorInput, stationId: string, body: object) => as(actor).post(`/stations/${stationId}/inspections`).send(body);

describe(AcceptanceInspections.name, () => {
  it('keeps a failed station built with what to fix, then accepts it on a passed re-inspection, announcing it once', async () => {
    const station = await register({ status: 'built' });
    const signage = failing('按全市统一样式更换门头标识');

    const failed = await inspect(admin, station.id, {
      results: results({ signage, 'fire-extinguisher': { photoUrl: 'https://photos.example/fe-1.jpg' } }),
      notes: '门头标识不合格',
    }).expect(201);

    expect(failed.body).toMatchObject({ stationId: station.id, inspectorId: admin.id, passed: false, notes: '门头标识不合格' });
    expect(failed.body.results).toContainEqual({
      itemCode: 'fire-extinguisher',
      required: true,
      result: 'pass',
      photoUrl: 'https://photos.example/fe-1.jpg',
    });
    expect(failed.body.rectifications).toEqual([
      {
        id: expect.any(String),
        itemCode: 'signage',
        action: signage.rectification.action,
        deadline: '2026-12-31',
        resolvedByInspectionId: null,
      },
    ]);
    expect((await as().get(`/stations/${station.id}`).expect(200)).body.status).toBe('built');
    expect(await eventsOf(station.id, 'station.accepted')).toEqual([]);

    const passed = await inspect(admin, station.id, { results: results() }).expect(201);

    expect(passed.body).toMatchObject({ passed: true, rectifications: [] });
    expect((await as().get(`/stations/${station.id}`).expect(200)).body.status).toBe('accepted');
    expect((await eventsOf(station.id, 'station.accepted')).map((event) => event.payload)).toEqual([
      { stationId: station.id, inspectionId: passed.body.id, inspectorId: admin.id, acceptedAt: passed.body.inspectedAt },
    ]);
    expect((await eventsOf(station.id, 'station.status-changed')).map((event) => event.payload)).toEqual([
      expect.objectContaining({ from: 'built', to: 'accepted', inspectionId: passed.body.id, changedBy: admin.id }),
    ]);
    const history: StationStatusChangeView[] = (await as(admin).get(`/stations/${station.id}/history`).expect(200)).body.items;
    expect(history.at(-1)).toMatchObject({ from: 'built', to: 'accepted', inspectionId: passed.body.id });
    const inspections: InspectionView[] = (await as(managerOf(station.id)).get(`/stations/${station.id}/inspections`).expect(200)).body
      .items;
    expect(
      inspections.map((inspection) => [inspection.passed, inspection.rectifications.map((item) => item.resolvedByInspectionId)]),
    ).toEqual([
      [false, [passed.body.id]],
      [true, []],
    ]);
  });

  it('passes a station whose only failed item is optional, keeping that item open', async () => {
    const station = await register({ status: 'built' });

    const response = await inspect(admin, station.id, { results: results({ 'first-aid-kit': failing('补齐急救药箱') }) }).expect(201);

    expect(response.body).toMatchObject({
      passed: true,
      rectifications: [expect.objectContaining({ itemCode: 'first-aid-kit', resolvedByInspectionId: null })],
    });
    expect((await as().get(`/stations/${station.id}`).expect(200)).body.status).toBe('accepted');
  });

  it('refuses to inspect a station that is not built with 409, and an accepted one a second time', async () => {
    const planned = await register();
    const response = await inspect(admin, planned.id, { results: results() });
    expectProblem(response, 409, 'station-transition-not-allowed');
    expect(response.body).toMatchObject({ from: 'planned', to: 'accepted' });

    const built = await register({ status: 'built' });
    await inspect(admin, built.id, { results: results() }).expect(201);
    expectProblem(await inspect(admin, built.id, { results: results() }), 409, 'station-transition-not-allowed');
    expect(await count('SELECT count(*) FROM acceptance_inspections WHERE station_id = $1', [built.id])).toBe(1);
  });

  it.each([
    ["the station's own manager", (stationId: string) => managerOf(stationId)],
    ['a worker', () => newWorker()],
  ])('answers 403 to %s inspecting, and writes nothing', async (_who, actor) => {
    const station = await register({ status: 'built' });

    expectProblem(await inspect(actor(station.id), station.id, { results: results() }), 403, 'station-transition-forbidden');

    expect(await count('SELECT count(*) FROM acceptance_inspections WHERE station_id = $1', [station.id])).toBe(0);
  });

  it('answers 422 naming the missing, unknown and wrongly not-applicable items', async () => {
    const station = await register({ status: 'built' });
    const body = {
      results: [
        ...results({ signage: { result: 'not-applicable' } }).filter((entry) => entry.itemCode !== 'drinking-water'),
        { itemCode: 'sauna', result: 'pass' },
      ],
    };

    const response = await inspect(admin, station.id, body);

    expectProblem(response, 422, 'inspection-does-not-match-checklist');
    expect(response.body).toMatchObject({ missing: ['drinking-water'], unknown: ['sauna'], requiredNotApplicable: ['signage'] });
  });

  it('answers 400 for a failed item without what to fix, or a photo that is not a URL', async () => {
    const station = await register({ status: 'built' });

    const response = await inspect(admin, station.id, {
      results: results({ signage: { result: 'fail' }, 'floor-area': { photoUrl: 'file:///etc/passwd' } }),
    });

    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'results.0.photoUrl',
      'results.1.rectification',
    ]);
  });

  it("inspects against the city office's newest checklist, and lets only the city office set one", async () => {
    const checklist = {
      name: `验收标准 ${uuidv7().slice(-6)}`,
      items: [
        { code: 'signage', label: { zh: '标识', en: 'Signage' }, required: true },
        { code: 'books', label: { zh: '图书', en: 'Books' }, required: false },
      ],
    };
    expectProblem(await as(managerOf(uuidv7())).post('/acceptance/templates').send(checklist), 403, 'acceptance-management-not-allowed');
    const template: AcceptanceTemplateView = (await as(admin).post('/acceptance/templates').send(checklist).expect(201)).body;
    const station = await register({ status: 'built' });

    const response = await inspect(admin, station.id, {
      results: [
        { itemCode: 'signage', result: 'pass' },
        { itemCode: 'books', result: 'not-applicable' },
      ],
    }).expect(201);

    expect(response.body).toMatchObject({ templateId: template.id, passed: true });
    const listed: AcceptanceTemplateView[] = (await as(admin).get('/acceptance/templates?limit=100').expect(200)).body.items;
    expect(listed.map((entry) => entry.id)).toContain(template.id);
    expect(listed[0].items.map((item) => item.code)).toEqual(DEFAULT_ITEMS);
  });

  it('answers 400 to a checklist naming one item twice, and 404 to an inspection naming an unknown template', async () => {
    const item = { code: 'signage', label: { zh: '标识', en: 'Signage' }, required: true };
    expectProblem(
      await as(admin)
        .post('/acceptance/templates')
        .send({ name: '重复', items: [item, item] }),
      400,
      'validation-failed',
    );

    const station = await register({ status: 'built' });
    expectProblem(await inspect(admin, station.id, { templateId: uuidv7(), results: results() }), 404, 'acceptance-template-not-found');
  });

  it("keeps a station's inspections from managers of other stations", async () => {
    const station = await register({ status: 'built' });

    expectProblem(await as(managerOf(uuidv7())).get(`/stations/${station.id}/inspections`), 403, 'inspections-not-visible');
  });
});

describe(StationProgressReport.name, () => {
  /** A district of this describe's own, so the other tests' stations do not count in it. */
  const WUHAN_TEST_DISTRICT = '420199';

  it('counts the stations of a district by stage reached against its target, and the city as the sum', async () => {
    for (const status of ['planned', 'planned', 'under-construction', 'built', 'operating', 'operating', 'suspended', 'closed'])
      await register({ districtCode: WUHAN_TEST_DISTRICT, status });
    const accepted = await register({ districtCode: WUHAN_TEST_DISTRICT, status: 'built' });
    // The seeded default checklist: an earlier test set a newer one.
    const [seeded] = (await as(admin).get('/acceptance/templates?limit=1').expect(200)).body.items;
    await inspect(admin, accepted.id, { templateId: seeded.id, results: results() }).expect(201);
    await as(admin).post('/station-targets').send({ districtCode: WUHAN_TEST_DISTRICT, year: 2026, plannedCount: 12 }).expect(200);

    const progress = (await as(admin).get('/station-progress?year=2026').expect(200)).body;

    expect(progress.year).toBe(2026);
    expect(progress.districts.find((row: { districtCode: string }) => row.districtCode === WUHAN_TEST_DISTRICT)).toEqual({
      districtCode: WUHAN_TEST_DISTRICT,
      target: 12,
      planned: 8,
      underConstruction: 6,
      built: 5,
      accepted: 4,
      operating: 2,
      suspended: 1,
      closed: 1,
    });
    const stations = await count('SELECT count(*) FROM stations');
    const closed = await count(`SELECT count(*) FROM stations WHERE status = 'closed'`);
    expect(progress.city).toMatchObject({ planned: stations - closed, closed });
  });

  it("replaces a district's target when it is set again, and leaves other years alone", async () => {
    const district = '420198';
    await as(admin).post('/station-targets').send({ districtCode: district, year: 2026, plannedCount: 100 }).expect(200);
    const replaced = await as(admin).post('/station-targets').send({ districtCode: district, year: 2026, plannedCount: 90 }).expect(200);
    await as(admin).post('/station-targets').send({ districtCode: district, year: 2027, plannedCount: 150 }).expect(200);

    expect(replaced.body).toMatchObject({ districtCode: district, year: 2026, plannedCount: 90, setBy: admin.id });
    const row = (year: number) =>
      as(admin)
        .get(`/station-progress?year=${year}`)
        .expect(200)
        .then((response) => response.body.districts.find((entry: { districtCode: string }) => entry.districtCode === district));
    expect(await row(2026)).toMatchObject({ target: 90, planned: 0 });
    expect(await row(2027)).toMatchObject({ target: 150 });
  });

  it('lets only the city office set targets, and only staff read the progress', async () => {
    const target = { districtCode: '420197', year: 2026, plannedCount: 10 };

    expectProblem(await as(managerOf(uuidv7())).post('/station-targets').send(target), 403, 'targets-not-allowed');
    expectProblem(await as(newWorker()).get('/station-progress?year=2026'), 403, 'progress-not-visible');
    await as(newStaff()).get('/station-progress?year=2026').expect(200);
  });

  it.each([
    ['a year out of range', { districtCode: '420115', year: 1999, plannedCount: 1 }, 'year'],
    ['a street code for a district', { districtCode: '420115001', year: 2026, plannedCount: 1 }, 'districtCode'],
    ['a negative count', { districtCode: '420115', year: 2026, plannedCount: -1 }, 'plannedCount'],
  ])('answers 400 to a target with %s', async (_what, body, field) => {
    const response = await as(admin).post('/station-targets').send(body);

    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
  });
});

describe(StationImport.name, () => {
  const HEADER = 'externalRef,name,district,districtCode,address,lat,lng,amenities,services,status';
  const csvOf = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
  const importCsv = (actor: ActorInput, csv: string) => as(actor).post('/stations/import').set('content-type', 'text/csv').send(csv);
  const totals = async () => [
    await count('SELECT count(*) FROM stations'),
    await count('SELECT count(*) FROM station_status_history'),
    await count('SELECT count(*) FROM outbox_messages'),
  ];

  it('imports every row of a valid file once, announcing each station; the same file again changes nothing', async () => {
    const batch = uuidv7().slice(-8);
    const file = csvOf(
      `JX-${batch}-1,纸坊驿站,江夏区,420115,"江夏区文化大道 1 号",30.3537,114.3218,drinking-water;phone-charging,legal-aid,operating`,
      `JX-${batch}-2,藏龙岛驿站,江夏区,420115,江夏区藏龙大道 2 号,30.41,114.42,,,`,
    );

    const first = await importCsv(admin, file).expect(200);

    expect(first.body).toMatchObject({ created: 2, unchanged: 0 });
    const [operating, planned] = first.body.stations;
    expect(first.body.stations).toEqual([
      { row: 2, externalRef: `JX-${batch}-1`, stationId: expect.any(String), outcome: 'created' },
      { row: 3, externalRef: `JX-${batch}-2`, stationId: expect.any(String), outcome: 'created' },
    ]);
    expect((await as().get(`/stations/${operating.stationId}`).expect(200)).body).toMatchObject({
      names: { 'zh-CN': '纸坊驿站', en: null },
      districtCode: '420115',
      amenities: ['drinking-water', 'phone-charging'],
      services: ['legal-aid'],
      status: 'operating',
    });
    expect((await as().get(`/stations/${planned.stationId}`).expect(200)).body.status).toBe('planned');
    expect((await eventsOf(operating.stationId, 'station.created')).map((event) => event.payload)).toEqual([
      expect.objectContaining({ stationId: operating.stationId, status: 'operating', districtCode: '420115' }),
    ]);
    expect((await as(admin).get(`/stations/${planned.stationId}/history`).expect(200)).body.items).toEqual([
      expect.objectContaining({ from: null, to: 'planned', reason: 'imported from a CSV file by the city office' }),
    ]);
    const before = await totals();

    const again = await importCsv(admin, file).expect(200);

    expect(again.body).toMatchObject({ created: 0, unchanged: 2 });
    expect(again.body.stations.map((station: { stationId: string }) => station.stationId)).toEqual([
      operating.stationId,
      planned.stationId,
    ]);
    expect(await totals()).toEqual(before);
  });

  it('imports nothing when one row is bad, naming each bad cell by line and column', async () => {
    const batch = uuidv7().slice(-8);
    const before = await totals();

    const response = await importCsv(
      admin,
      csvOf(
        `JX-${batch}-1,好驿站,江夏区,420115,地址 1,30.3,114.3,,,`,
        `JX-${batch}-2,坏驿站,江夏区,420115,地址 2,北纬30,114.3,sauna,,accepted`,
      ),
    );

    expectProblem(response, 422, 'station-import-invalid');
    expect(response.body.rowErrors).toEqual([
      { row: 3, column: 'lat', message: expect.any(String) },
      { row: 3, column: 'amenities', message: expect.stringContaining('amenity 1') },
      { row: 3, column: 'status', message: expect.any(String) },
    ]);
    expect(await totals()).toEqual(before);
  });

  it('imports nothing when a row reuses an imported externalRef with other values', async () => {
    const batch = uuidv7().slice(-8);
    await importCsv(admin, csvOf(`JX-${batch}-1,原名驿站,江夏区,420115,地址 1,30.3,114.3,,,`)).expect(200);
    const before = await totals();

    const response = await importCsv(
      admin,
      csvOf(`JX-${batch}-2,新驿站,江夏区,420115,地址 2,30.3,114.3,,,`, `JX-${batch}-1,改名驿站,江夏区,420115,地址 1,30.3,114.3,,,`),
    );

    expectProblem(response, 422, 'station-import-invalid');
    expect(response.body.rowErrors).toEqual([{ row: 3, column: 'externalRef', message: expect.stringContaining('other values') }]);
    expect(await totals()).toEqual(before);
  });

  it('imports a file uploaded four times at once only once', async () => {
    const batch = uuidv7().slice(-8);
    const file = csvOf(`JX-${batch}-1,一号,江夏区,,地址 1,30.3,114.3,,,`, `JX-${batch}-2,二号,江夏区,,地址 2,30.3,114.3,,,`);

    const answers = await Promise.all([1, 2, 3, 4].map(() => importCsv(admin, file)));

    expect(answers.map((answer) => [answer.status, answer.body.created]).sort()).toEqual([
      [200, 0],
      [200, 0],
      [200, 0],
      [200, 2],
    ]);
    expect(await count(`SELECT count(*) FROM stations WHERE external_ref LIKE $1`, [`JX-${batch}-%`])).toBe(2);
  });

  it.each([
    ["a station's manager", () => managerOf(uuidv7())],
    ['community staff', () => newStaff()],
  ])('answers 403 to %s importing', async (_who, actor) => {
    expectProblem(await importCsv(actor(), csvOf(`JX-${uuidv7()},驿站,江夏区,,地址,30.3,114.3,,,`)), 403, 'station-import-not-allowed');
  });

  it('answers 413 to a file over the size limit, and 400 to a body that is not CSV', async () => {
    const row = `JX-${uuidv7()},驿站,江夏区,,${'地'.repeat(100)},30.3,114.3,,,\n`;
    const huge = HEADER + '\n' + row.repeat(Math.ceil(STATION_IMPORT_MAX_BYTES / Buffer.byteLength(row)) + 1);

    expectProblem(await importCsv(admin, huge), 413, 'payload-too-large');
    expectProblem(await as(admin).post('/stations/import').send({ csv: 'externalRef' }), 400, 'validation-failed');
  });
});
