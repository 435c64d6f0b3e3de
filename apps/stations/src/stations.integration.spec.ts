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
  name: `驿站 ${uuidv7().slice(-6)}`,
  district: '江夏区',
  address: '武汉市江夏区文化大道 1 号',
  location,
  amenities: ['water', 'seating'],
  ...extra,
});

async function create(location: GeoPoint, extra: object = {}): Promise<StationView> {
  return (await as(admin).post('/stations').send(station(location, extra)).expect(201)).body as StationView;
}

const nearby = async (query: string): Promise<NearbyStationView[]> =>
  (await as(newWorker()).get(`/stations/nearby?${query}`).expect(200)).body.items;

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
    const body = station(newSpot(), { amenities: ['water', 'charging'], openingHours: '08:00-20:00' });

    const response = await as(admin).post('/stations').send(body).expect(201);

    expect(response.body).toEqual({
      ...body,
      id: expect.any(String),
      status: 'planned',
      capacity: null,
      occupancy: 0,
      freeSeats: null,
      createdAt: expect.any(String),
      communityCode: null,
      districtCode: null,
    });
    const events = await queryDatabase<{ payload: Record<string, unknown> }>(
      database,
      `SELECT envelope -> 'payload' AS payload FROM outbox_messages WHERE event_type = 'station.created' AND message_key = $1`,
      [response.body.id],
    );
    expect(events.map((event) => event.payload)).toEqual([
      expect.objectContaining({ stationId: response.body.id, name: body.name, status: 'planned' }),
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
    const { name: _name, ...nameless } = station({ lat: 91, lng: 114.3 }, { amenities: ['sauna'], status: 'demolished' });

    const response = await as(admin).post('/stations').send(nameless);

    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'amenities.0',
      'location.lat',
      'name',
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
    const withCharger = await create(north(spot, 100), { amenities: ['water', 'charging'] });
    await create(north(spot, 50), { amenities: ['water'] });

    expect((await nearby(`lat=${spot.lat}&lng=${spot.lng}&amenity=charging`)).map((s) => s.id)).toEqual([withCharger.id]);
  });

  it('leaves out stations that are not open when asked for open ones only', async () => {
    const spot = newSpot();
    const open = await create(north(spot, 300), { status: 'operating' });
    const closed = await create(north(spot, 100), { status: 'closed' });
    const planned = await create(north(spot, 200), { status: 'planned' });

    expect((await nearby(`lat=${spot.lat}&lng=${spot.lng}&openOnly=true`)).map((s) => s.id)).toEqual([open.id]);
    expect((await nearby(`lat=${spot.lat}&lng=${spot.lng}`)).map((s) => s.id)).toEqual([closed.id, planned.id, open.id]);
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
    ['lat=30.3&lng=114.3&amenity=sauna', 'amenity'],
    ['lat=30.3&lng=114.3&limit=0', 'limit'],
    ['lat=&lng=114.3', 'lat'],
    ['lat=30.3&lng=%20', 'lng'],
    ['lat=30.3&lng=Infinity', 'lng'],
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
