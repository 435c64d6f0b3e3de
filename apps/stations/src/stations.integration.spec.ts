import { INestApplication } from '@nestjs/common';
import { ActorInput, GeoPoint, Page } from '@waystation/contracts';
import { NearbyStationView, StationView } from '@waystation/http-api';
import {
  describeCallerVerification,
  expectProblem,
  newStaff,
  newWorker,
  queryDatabase,
  serviceAs,
  startServiceUnderTest,
} from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from './app.module';
import { stationsConfigSchema } from './config/stations.config';
import { StationServiceTypes } from './service-types/station-service-types.service';
import { StationEditor } from './stations/station-editor.service';
import { StationFinder } from './stations/station-finder.service';
import { StationRegistry } from './stations/station-registry.service';

/** The stations service in this process, on its own scratch database and the run's real Kafka. */
let database: string;
let sut: INestApplication;

const admin: ActorInput = { id: `admin-${uuidv7()}`, role: 'admin' };

const as = (actor?: ActorInput) => serviceAs(sut.getHttpServer(), actor);

const count = async (sql: string, params: unknown[] = []) =>
  Number((await queryDatabase<{ count: string }>(database, sql, params))[0].count);

// The sphere the service measures distances on (haversine), so "just inside" and "just outside" are exact.
const EARTH_RADIUS_METERS = 6_371_000;
const toDegrees = (radians: number) => (radians * 180) / Math.PI;
const north = (from: GeoPoint, meters: number): GeoPoint => ({ lat: from.lat + toDegrees(meters / EARTH_RADIUS_METERS), lng: from.lng });
const east = (from: GeoPoint, meters: number): GeoPoint => ({
  lat: from.lat,
  lng: from.lng + toDegrees(2 * Math.asin(Math.sin(meters / (2 * EARTH_RADIUS_METERS)) / Math.cos((from.lat * Math.PI) / 180))),
});

/** A spot of its own for each nearby test, far from every other test's stations. */
let nextSpot = 0;
const newSpot = (): GeoPoint => ({ lat: 30 + nextSpot++ * 0.5, lng: 114.322 });

const station = (location: GeoPoint, extra: object = {}) => ({
  names: { 'zh-CN': `驿站 ${uuidv7().slice(-6)}` },
  district: '江夏区',
  address: '武汉市江夏区文化大道 1 号',
  location,
  amenities: ['drinking-water', 'seating'],
  ...extra,
});

async function create(location: GeoPoint, extra: object = {}): Promise<StationView> {
  return (
    await as(admin)
      .post('/stations')
      .send(station(location, { status: 'operating', ...extra }))
      .expect(201)
  ).body as StationView;
}

const nearby = async (query: string): Promise<NearbyStationView[]> =>
  (await as(newWorker()).get(`/stations/nearby?${query}`).expect(200)).body.items;
const near = (spot: GeoPoint, query = '') => nearby(`lat=${spot.lat}&lng=${spot.lng}&radius=2000${query}`);
const ids = (stations: { id: string }[]) => stations.map((found) => found.id);

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const everyDay = (opens: string, closes: string) => Object.fromEntries(WEEKDAYS.map((day) => [day, [{ opens, closes }]]));
/** Today's date in the service's default time zone (Asia/Shanghai). */
const todayInShanghai = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

const fullProfile = {
  names: { 'zh-CN': '纸坊街道户外工作者驿站', en: "Zhifang Street Outdoor Workers' Station" },
  hostOrganisation: 'community',
  contactPhone: '027-87951234',
  capacity: 16,
  photos: ['https://photos.example.cn/zhifang.jpg'],
  openingHours: {
    kind: 'weekly',
    weekly: { ...everyDay('07:00', '21:00'), sunday: [{ opens: '22:00', closes: '06:00' }] },
    exceptions: [{ date: '2027-02-17', kind: 'closed', note: '春节' }],
  },
  amenities: ['drinking-water', 'hot-water', 'e-bike-charging', 'rest-bed'],
  services: ['legal-aid', 'haircut'],
};

const outboxPayloads = async (type: string, stationId: string) =>
  (
    await queryDatabase<{ payload: Record<string, unknown> }>(
      database,
      `SELECT envelope -> 'payload' AS payload FROM outbox_messages WHERE event_type = $1 AND message_key = $2 ORDER BY id`,
      [type, stationId],
    )
  ).map((row) => row.payload);

beforeAll(async () => {
  ({ app: sut, database } = await startServiceUnderTest((env) => AppModule.forRoot(stationsConfigSchema.parse(env)), {
    databaseVariable: 'STATIONS_DATABASE_URL',
  }));
}, 60_000);

afterAll(async () => {
  await sut?.close();
});

describe(StationRegistry.name, () => {
  it('registers a station for an admin and announces it with one station.created event', async () => {
    const body = station(newSpot(), { amenities: ['drinking-water', 'phone-charging'] });

    const response = await as(admin).post('/stations').send(body).expect(201);

    expect(response.body).toEqual({
      ...body,
      names: { ...body.names, en: null },
      id: expect.any(String),
      hostOrganisation: null,
      contactPhone: null,
      capacity: null,
      occupancy: 0,
      freeSeats: null,
      photos: [],
      openingHours: null,
      services: [],
      status: 'planned',
      createdAt: expect.any(String),
      updatedAt: null,
      communityCode: null,
      districtCode: null,
    });
    const events = await queryDatabase<{ payload: Record<string, unknown> }>(
      database,
      `SELECT envelope -> 'payload' AS payload FROM outbox_messages WHERE event_type = 'station.created' AND message_key = $1`,
      [response.body.id],
    );
    expect(events.map((event) => event.payload)).toEqual([
      expect.objectContaining({ stationId: response.body.id, names: body.names, status: 'planned' }),
    ]);
    expect((await as().get(`/stations/${response.body.id}`).expect(200)).body).toEqual(response.body);
  });

  it.each([
    ['a worker', newWorker()],
    ['community staff', newStaff()],
  ])('answers 403 to %s registering a station, and writes nothing', async (_who, actor) => {
    const before = [await count('SELECT count(*) FROM stations'), await count('SELECT count(*) FROM outbox_messages')];

    expectProblem(await as(actor).post('/stations').send(station(newSpot())), 403, 'station-management-not-allowed');

    expect([await count('SELECT count(*) FROM stations'), await count('SELECT count(*) FROM outbox_messages')]).toEqual(before);
  });

  it('registers a station once for a retried Idempotency-Key, answering the retry with 200 and the same station', async () => {
    const key = `register-${uuidv7()}`;
    const body = station(newSpot());

    const first = await as(admin).post('/stations').set('idempotency-key', key).send(body).expect(201);
    const retry = await as(admin).post('/stations').set('idempotency-key', key).send(body).expect(200);

    expect(retry.body).toEqual(first.body);
    expect(await count('SELECT count(*) FROM stations WHERE idempotency_key = $1', [key])).toBe(1);
    expect(
      await count(`SELECT count(*) FROM outbox_messages WHERE event_type = 'station.created' AND message_key = $1`, [first.body.id]),
    ).toBe(1);
  });

  it('creates one station from two registrations racing with one key', async () => {
    const key = `race-${uuidv7()}`;
    const body = station(newSpot());

    const answers = await Promise.all([1, 2].map(() => as(admin).post('/stations').set('idempotency-key', key).send(body)));

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 201]);
    expect(answers[0].body.id).toBe(answers[1].body.id);
    expect(await count('SELECT count(*) FROM stations WHERE idempotency_key = $1', [key])).toBe(1);
  });

  it('refuses a key reused for a different station with 422 naming the first, and writes nothing', async () => {
    const key = `reused-${uuidv7()}`;
    const first = await as(admin).post('/stations').set('idempotency-key', key).send(station(newSpot())).expect(201);
    const before = await count('SELECT count(*) FROM stations');

    const reused = await as(admin).post('/stations').set('idempotency-key', key).send(station(newSpot()));

    expectProblem(reused, 422, 'idempotency-key-reused');
    expect(reused.body).toMatchObject({ existingId: first.body.id, idempotencyKey: key });
    expect(await count('SELECT count(*) FROM stations')).toBe(before);
  });

  it('answers 400 naming the Idempotency-Key header when it is too long', async () => {
    const response = await as(admin).post('/stations').set('idempotency-key', 'k'.repeat(201)).send(station(newSpot()));

    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
  });

  it('answers 401 to a registration without an access token', async () => {
    expectProblem(await as().post('/stations').send(station(newSpot())), 401, 'invalid-token');
  });

  it('answers 400 naming every bad field, and writes nothing', async () => {
    const before = [await count('SELECT count(*) FROM stations'), await count('SELECT count(*) FROM outbox_messages')];
    const { names: _names, ...nameless } = station({ lat: 91, lng: 114.3 }, { amenities: ['sauna'], status: 'demolished' });

    const response = await as(admin).post('/stations').send(nameless);

    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'amenities.0',
      'location.lat',
      'names',
      'status',
    ]);
    expect([await count('SELECT count(*) FROM stations'), await count('SELECT count(*) FROM outbox_messages')]).toEqual(before);
  });
});

describe(StationFinder.name, () => {
  it('lists nearby stations nearest first with their distance, up to the limit', async () => {
    const spot = newSpot();
    const at800 = await create(north(spot, 800));
    const at200 = await create(north(spot, 200));
    const at1500 = await create(east(spot, 1_500));
    const at500 = await create(north(spot, -500));

    const all = await nearby(`lat=${spot.lat}&lng=${spot.lng}&radius=3000`);
    const firstTwo = await nearby(`lat=${spot.lat}&lng=${spot.lng}&radius=3000&limit=2`);

    expect(all.map((found) => [found.id, found.distanceMeters])).toEqual([
      [at200.id, 200],
      [at500.id, 500],
      [at800.id, 800],
      [at1500.id, 1_500],
    ]);
    expect(firstTwo.map((found) => found.id)).toEqual([at200.id, at500.id]);
  });

  it('keeps stations just inside the radius, in every direction, and leaves out one just outside', async () => {
    const spot = newSpot();
    const inside = [
      await create(north(spot, 999.5)),
      await create(north(spot, -999.5)),
      await create(east(spot, 999.5)),
      await create(east(spot, -999.5)),
    ];
    const outside = await create(north(spot, 1_000.5));

    const found = await nearby(`lat=${spot.lat}&lng=${spot.lng}&radius=1000`);

    expect(found.map((s) => s.id).sort()).toEqual(inside.map((s) => s.id).sort());
    expect(found.map((s) => s.id)).not.toContain(outside.id);
    expect((await nearby(`lat=${spot.lat}&lng=${spot.lng}&radius=1001`)).map((s) => s.id)).toContain(outside.id);
  });

  it('filters by amenity', async () => {
    const spot = newSpot();
    const withCharger = await create(north(spot, 100), { amenities: ['drinking-water', 'phone-charging'] });
    await create(north(spot, 50), { amenities: ['drinking-water'] });

    expect((await nearby(`lat=${spot.lat}&lng=${spot.lng}&amenity=phone-charging`)).map((s) => s.id)).toEqual([withCharger.id]);
  });

  it('finds operating stations by default, and those of another status when asked', async () => {
    const spot = newSpot();
    const open = await create(north(spot, 300), { status: 'operating' });
    await create(north(spot, 100), { status: 'closed' });
    const planned = await create(north(spot, 200), { status: 'planned' });

    expect((await nearby(`lat=${spot.lat}&lng=${spot.lng}`)).map((s) => s.id)).toEqual([open.id]);
    expect((await nearby(`lat=${spot.lat}&lng=${spot.lng}&status=planned`)).map((s) => s.id)).toEqual([planned.id]);
  });

  it('measures distances to a station at a vanishingly small latitude without failing (no float underflow)', async () => {
    const tiny = await create({ lat: 1e-300, lng: 1e-300 });
    const beside = await create({ lat: 0, lng: 0.001 });

    const found = await nearby('lat=0&lng=0&radius=1000');
    const fromTiny = await nearby('lat=1e-300&lng=0&radius=1000');

    expect(found.map((s) => [s.id, s.distanceMeters])).toEqual([
      [tiny.id, 0],
      [beside.id, 111],
    ]);
    expect(fromTiny.map((s) => s.id)).toEqual([tiny.id, beside.id]);
  });

  it.each([
    ['lat=91&lng=114.3', 'lat'],
    ['lng=114.3', 'lat'],
    ['lat=30.3&lng=181', 'lng'],
    ['lat=30.3&lng=114.3&radius=1000000', 'radius'],
    ['lat=30.3&lng=114.3&amenity=sauna', 'amenity.0'],
    ['lat=30.3&lng=114.3&limit=0', 'limit'],
    ['lat=&lng=114.3', 'lat'],
    ['lat=30.3&lng=%20', 'lng'],
    ['lat=30.3&lng=Infinity', 'lng'],
    ['lat=30.3&lng=114.3&amenity=wifi,sauna', 'amenity.1'],
    ['lat=30.3&lng=114.3&openAt=tomorrow', 'openAt'],
    ['lat=30.3&lng=114.3&openNow=true&openAt=2026-12-02T10:00:00Z', 'openAt'],
    ['lat=30.3&lng=114.3&status=demolished', 'status'],
    ['lat=30.3&lng=114.3&openAt=0000-01-01T00:00:00Z', 'openAt'],
    ['lat=30.3&lng=114.3&cursor=page-2', 'cursor'],
  ])('answers 400 naming the field for nearby?%s', async (query, field) => {
    const response = await as(newWorker()).get(`/stations/nearby?${query}`);

    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
  });

  it('pages through every station exactly once', async () => {
    await create(newSpot());
    await create(newSpot());
    const stored = (await queryDatabase<{ id: string }>(database, 'SELECT id FROM stations ORDER BY id')).map((row) => row.id);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<StationView> = (
        await as()
          .get(`/stations?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
          .expect(200)
      ).body;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor && seen.length <= stored.length);

    expect(stored.length).toBeGreaterThan(2);
    expect(seen).toEqual(stored);
  });

  it('answers 404 station-not-found for an unknown id, and 400 for an id that is not a UUID', async () => {
    const id = uuidv7();

    const response = await as().get(`/stations/${id}`);

    expectProblem(response, 404, 'station-not-found');
    expect(response.body.detail).toContain(id);
    expectProblem(await as().get('/stations/42'), 400, 'bad-request');
  });
});

describe('the stations service port', () => {
  describeCallerVerification(() => sut.getHttpServer(), { method: 'post', path: '/stations' });
});

describe('station profile', () => {
  it('registers a station with its whole profile, the phone in E.164, and announces all of it', async () => {
    const body = station(newSpot(), fullProfile);

    const created = (await as(admin).post('/stations').send(body).expect(201)).body as StationView;

    const expected = { ...fullProfile, contactPhone: '+862787951234' };
    expect(created).toMatchObject(expected);
    expect((await as().get(`/stations/${created.id}`).expect(200)).body).toEqual(created);
    expect(await outboxPayloads('station.created', created.id)).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    ['a phone that is neither E.164 nor a landline', { contactPhone: '12345' }, ['contactPhone']],
    [
      'overlapping intervals on a day',
      {
        openingHours: {
          kind: 'weekly',
          weekly: {
            monday: [
              { opens: '08:00', closes: '12:00' },
              { opens: '11:00', closes: '14:00' },
            ],
          },
        },
      },
      ['openingHours.weekly.monday'],
    ],
    [
      'an interval opening at 24:00',
      { openingHours: { kind: 'weekly', weekly: { friday: [{ opens: '24:00', closes: '02:00' }] } } },
      ['openingHours.weekly.friday.0.opens'],
    ],
    [
      'two exceptions on one date',
      {
        openingHours: {
          kind: 'always-open',
          exceptions: [
            { date: '2027-01-01', kind: 'closed' },
            { date: '2027-01-01', kind: 'closed' },
          ],
        },
      },
      ['openingHours.exceptions'],
    ],
    [
      'special hours without intervals',
      { openingHours: { kind: 'always-open', exceptions: [{ date: '2027-01-01', kind: 'special-hours', intervals: [] }] } },
      ['openingHours.exceptions.0.intervals'],
    ],
    [
      'an amenity outside the vocabulary, a photo that is no URL, no seats',
      { amenities: ['water'], photos: ['photo.jpg'], capacity: 0 },
      ['amenities.0', 'capacity', 'photos.0'],
    ],
    ['an unknown host organisation', { hostOrganisation: 'club' }, ['hostOrganisation']],
    [
      'an exception in the year 0000',
      { openingHours: { kind: 'always-open', exceptions: [{ date: '0000-01-01', kind: 'closed' }] } },
      ['openingHours.exceptions.0.date'],
    ],
  ])('answers 400 problem+json for %s, naming the fields, and writes nothing', async (_case, extra, fields) => {
    const before = [await count('SELECT count(*) FROM stations'), await count('SELECT count(*) FROM outbox_messages')];

    const response = await as(admin).post('/stations').send(station(newSpot(), extra));

    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(fields);
    expect([await count('SELECT count(*) FROM stations'), await count('SELECT count(*) FROM outbox_messages')]).toEqual(before);
  });

  it('answers 422 naming a service that is no station service type, and writes nothing', async () => {
    const before = await count('SELECT count(*) FROM stations');

    const response = await as(admin)
      .post('/stations')
      .send(station(newSpot(), { services: ['legal-aid', 'tarot-reading'] }));

    expectProblem(response, 422, 'unknown-station-service');
    expect(response.body.services).toEqual(['tarot-reading']);
    expect(await count('SELECT count(*) FROM stations')).toBe(before);
  });
});

describe(StationEditor.name, () => {
  const managerOf = (...stations: string[]): ActorInput => ({ id: `manager-${uuidv7()}`, role: 'station-manager', scopes: { stations } });

  it("lets a station's manager edit it, and announces only what changed in one station.updated", async () => {
    const created = await create(newSpot(), fullProfile);
    const edits = { capacity: 20, contactPhone: null, amenities: ['drinking-water', 'microwave'], services: fullProfile.services };

    const response = await as(managerOf(created.id)).patch(`/stations/${created.id}`).send(edits).expect(200);

    expect(response.body).toMatchObject({
      capacity: 20,
      contactPhone: null,
      amenities: ['drinking-water', 'microwave'],
      updatedAt: expect.any(String),
    });
    expect((await as().get(`/stations/${created.id}`).expect(200)).body).toEqual(response.body);
    expect(await outboxPayloads('station.updated', created.id)).toEqual([
      {
        stationId: created.id,
        changes: { capacity: 20, contactPhone: null, amenities: ['drinking-water', 'microwave'] },
        updatedBy: expect.stringMatching(/^manager-/),
        updatedAt: response.body.updatedAt,
      },
    ]);
  });

  it('lets the city office edit any station, the hours included', async () => {
    const created = await create(newSpot());
    const openingHours = { kind: 'always-open', exceptions: [] };

    const response = await as(admin)
      .patch(`/stations/${created.id}`)
      .send({ openingHours, names: { 'zh-CN': '新名字', en: 'New name' } });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ openingHours, names: { 'zh-CN': '新名字', en: 'New name' } });
  });

  it.each([
    ['the manager of another station', () => managerOf(uuidv7())],
    ['a worker', () => newWorker()],
    ['community staff', () => newStaff()],
  ])('answers 403 to %s, and writes nothing', async (_who, actor) => {
    const created = await create(newSpot());

    expectProblem(await as(actor()).patch(`/stations/${created.id}`).send({ capacity: 3 }), 403, 'station-edit-not-allowed');

    expect((await as().get(`/stations/${created.id}`).expect(200)).body.capacity).toBeNull();
    expect(await outboxPayloads('station.updated', created.id)).toEqual([]);
  });

  it('answers 404 for a station that does not exist', async () => {
    const id = uuidv7();

    expectProblem(await as(managerOf(id)).patch(`/stations/${id}`).send({ capacity: 3 }), 404, 'station-not-found');
  });

  it('announces nothing for an edit that changes nothing', async () => {
    const created = await create(newSpot(), { capacity: 5 });

    await as(admin).patch(`/stations/${created.id}`).send({ capacity: 5 }).expect(200);

    expect(await outboxPayloads('station.updated', created.id)).toEqual([]);
  });

  it.each([
    ['an empty edit', {}, '(body)'],
    ['a field that is not in the profile (a status change is a lifecycle transition)', { status: 'closed' }, '(body)'],
    ['a bad phone', { contactPhone: '110' }, 'contactPhone'],
  ])('answers 400 to %s', async (_case, body, field) => {
    const created = await create(newSpot());

    const response = await as(admin).patch(`/stations/${created.id}`).send(body);

    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
  });
});

describe(StationServiceTypes.name, () => {
  it('lists the built-in services', async () => {
    const { items } = (await as().get('/station-service-types').expect(200)).body;

    expect(items.filter((type: { builtIn: boolean }) => type.builtIn).map((type: { code: string }) => type.code)).toEqual([
      'employment-policy-advice',
      'free-clinic',
      'haircut',
      'legal-aid',
      'psychological-counselling',
      'social-events',
    ]);
  });

  it('lets the city office add a service type that stations can then offer, answering a retry with 200', async () => {
    const code = `tax-advice-${uuidv7().slice(-6)}`;
    const body = { code, names: { 'zh-CN': '个税咨询', en: 'Tax advice' } };

    expect((await as(admin).post('/station-service-types').send(body).expect(201)).body).toEqual({ ...body, builtIn: false });
    await as(admin).post('/station-service-types').send(body).expect(200);
    expectProblem(
      await as(admin)
        .post('/station-service-types')
        .send({ ...body, names: { 'zh-CN': '别的', en: 'Other' } }),
      409,
      'station-service-type-exists',
    );

    expect((await create(newSpot(), { services: [code] })).services).toEqual([code]);
  });

  it('answers 403 to a station manager adding a service type, and 400 to a code that is not kebab-case', async () => {
    const body = { code: 'yoga', names: { 'zh-CN': '瑜伽', en: 'Yoga' } };

    expectProblem(
      await as({ id: 'm', role: 'station-manager' }).post('/station-service-types').send(body),
      403,
      'station-service-type-management-not-allowed',
    );
    expectProblem(
      await as(admin)
        .post('/station-service-types')
        .send({ ...body, code: 'Yoga Class' }),
      400,
      'validation-failed',
    );
  });
});

describe('nearby search', () => {
  it('requires every amenity asked for, repeated or comma-separated', async () => {
    const spot = newSpot();
    const both = await create(north(spot, 100), { amenities: ['toilet', 'wifi', 'seating'] });
    await create(north(spot, 50), { amenities: ['toilet'] });

    expect(ids(await near(spot, '&amenity=toilet&amenity=wifi'))).toEqual([both.id]);
    expect(ids(await near(spot, '&amenity=toilet,wifi'))).toEqual([both.id]);
  });

  it('filters by service', async () => {
    const spot = newSpot();
    const clinic = await create(north(spot, 100), { services: ['free-clinic'] });
    await create(north(spot, 50), { services: ['haircut'] });

    expect(ids(await near(spot, '&service=free-clinic'))).toEqual([clinic.id]);
  });

  it('finds a station open across midnight at 02:00, and not at noon', async () => {
    const spot = newSpot();
    const night = await create(north(spot, 100), { openingHours: { kind: 'weekly', weekly: everyDay('22:00', '06:00') } });
    const day = await create(north(spot, 200), { openingHours: { kind: 'weekly', weekly: everyDay('08:00', '20:00') } });

    // 2026-12-03 02:00 and 12:00 in Wuhan (UTC+8).
    expect(ids(await near(spot, '&openAt=2026-12-02T18:00:00Z'))).toEqual([night.id]);
    expect(ids(await near(spot, '&openAt=2026-12-03T04:00:00Z'))).toEqual([day.id]);
    expect(ids(await near(spot, '&openAt=2026-12-03T12:00:00%2B08:00'))).toEqual([day.id]);
  });

  it('leaves out a station on its closed exception day, keeps it the day before, and uses special hours', async () => {
    const spot = newSpot();
    const closing = await create(north(spot, 100), {
      openingHours: {
        kind: 'weekly',
        weekly: everyDay('08:00', '20:00'),
        exceptions: [
          { date: '2026-12-24', kind: 'closed' },
          { date: '2026-12-25', kind: 'special-hours', intervals: [{ opens: '19:00', closes: '23:00' }] },
        ],
      },
    });

    expect(ids(await near(spot, '&openAt=2026-12-23T04:00:00Z'))).toEqual([closing.id]);
    expect(ids(await near(spot, '&openAt=2026-12-24T04:00:00Z'))).toEqual([]);
    expect(ids(await near(spot, '&openAt=2026-12-25T04:00:00Z'))).toEqual([]);
    expect(ids(await near(spot, '&openAt=2026-12-25T14:30:00Z'))).toEqual([closing.id]);
  });

  it('says of each result whether it is open now and until when, or when it opens; openNow keeps the open ones', async () => {
    const spot = newSpot();
    const always = await create(north(spot, 100), { openingHours: { kind: 'always-open' } });
    const closedToday = await create(north(spot, 200), {
      openingHours: { kind: 'always-open', exceptions: [{ date: todayInShanghai(), kind: 'closed', note: '设备检修' }] },
    });
    const unknown = await create(north(spot, 300));

    const all = await near(spot);
    const openNow = await near(spot, '&openNow=true');

    expect(all.map(({ id, openNow, openUntil, opensAt }) => ({ id, openNow, openUntil, opensAt }))).toEqual([
      { id: always.id, openNow: true, openUntil: null, opensAt: null },
      { id: closedToday.id, openNow: false, openUntil: null, opensAt: expect.any(String) },
      { id: unknown.id, openNow: false, openUntil: null, opensAt: null },
    ]);
    expect(new Date(all[1].opensAt as string).getTime()).toBeGreaterThan(Date.now());
    expect(ids(openNow)).toEqual([always.id]);
  });

  it('pages nearest first through every station once, ties broken by id', async () => {
    const spot = newSpot();
    const created = [
      await create(north(spot, 100)),
      await create(north(spot, 300)),
      await create(north(spot, 300)),
      await create(north(spot, 500)),
      await create(north(spot, 700)),
    ];
    const expected = [created[0].id, ...[created[1].id, created[2].id].sort(), created[3].id, created[4].id];

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query = `lat=${spot.lat}&lng=${spot.lng}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page: Page<NearbyStationView> = (await as(newWorker()).get(`/stations/nearby?${query}`).expect(200)).body;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...ids(page.items));
      cursor = page.nextCursor;
    } while (cursor && seen.length <= expected.length);

    expect(seen).toEqual(expected);
  });
});
