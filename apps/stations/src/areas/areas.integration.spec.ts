import { INestApplication } from '@nestjs/common';
import { ActorInput, AreaBoundary, AreaCode, areaLevelOf, Topics } from '@waystation/contracts';
import { AreaLocationView, AreaSummaryView, ImportAreas, StationView } from '@waystation/http-api';
import { expectProblem, newStaff, newWorker, queryDatabase, readTopic, serviceAs, startServiceUnderTest } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module';
import { stationsConfigSchema } from '../config/stations.config';
import { AreaImport } from './area-import.service';
import { AreaLocator } from './area-locator.service';

/** The stations service in this process, on its own scratch database and the run's real Kafka. */
let database: string;
let sut: INestApplication;

const admin: ActorInput = { id: `admin-${uuidv7()}`, role: 'admin' };
const as = (actor?: ActorInput) => serviceAs(sut.getHttpServer(), actor);
const count = async (sql: string, params: unknown[] = []) =>
  Number((await queryDatabase<{ count: string }>(database, sql, params))[0].count);
const writes = async () => [await count('SELECT count(*) FROM areas'), await count('SELECT count(*) FROM outbox_messages')];
const upsertsOf = (code: AreaCode) =>
  count(`SELECT count(*) FROM outbox_messages WHERE event_type = 'area.upserted' AND message_key = $1`, [code]);

type Polygon = Extract<AreaBoundary, { type: 'Polygon' }>;
/** Degrees to a micro-degree, so that neighbours computed apart (`a + 0.01 + 0.01`, `a + 0.02`) share their edges exactly. */
const degrees = (value: number) => Number(value.toFixed(6));
const rectangle = (west: number, south: number, east: number, north: number): Polygon => {
  const [w, s, e, n] = [west, south, east, north].map(degrees);
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
};

type Feature = ImportAreas['features'][number];
const feature = (code: AreaCode, geometry: AreaBoundary, properties: Partial<Feature['properties']> = {}): Feature => ({
  type: 'Feature',
  properties: { code, level: areaLevelOf(code), nameZh: `区域${code}`, nameEn: `Area ${code}`, demo: false, ...properties },
  geometry,
});
const collection = (...features: Feature[]): ImportAreas => ({ type: 'FeatureCollection', features });

/**
 * A district of its own for each test, far from the others': two streets side by side (west, east), each of two
 * communities side by side, 0.01° wide and 0.02° high, every neighbour sharing an edge.
 */
let nextDistrict = 0;
function newDistrict() {
  const n = nextDistrict++;
  const code = `${610100 + n}`;
  const [west, south] = [100 + n * 0.5, 20];
  const street = (i: number) => `${code}00${i + 1}`;
  const community = (i: number, j: number) => `${street(i)}00${j + 1}`;
  const features = [
    feature(code, rectangle(west, south, west + 0.04, south + 0.02)),
    ...[0, 1].map((i) => feature(street(i), rectangle(west + i * 0.02, south, west + (i + 1) * 0.02, south + 0.02))),
    ...[0, 1].flatMap((i) =>
      [0, 1].map((j) => {
        const left = west + i * 0.02 + j * 0.01;
        return feature(community(i, j), rectangle(left, south, left + 0.01, south + 0.02));
      }),
    ),
  ];
  return { code, west, south, street, community, features };
}

const importMap = (body: object, actor: ActorInput = admin) => as(actor).post('/areas/import').send(body);

beforeAll(async () => {
  ({ app: sut, database } = await startServiceUnderTest((env) => AppModule.forRoot(stationsConfigSchema.parse(env)), {
    databaseVariable: 'STATIONS_DATABASE_URL',
  }));
}, 60_000);

afterAll(async () => {
  await sut?.close();
});

describe(AreaImport.name, () => {
  it('imports a district with its streets and communities and announces each area once on Kafka', async () => {
    const map = newDistrict();
    const codes = map.features.map((f) => f.properties.code);

    const response = await importMap(collection(...map.features)).expect(200);

    expect(response.body).toEqual({ created: [...codes].sort(), updated: [], unchanged: [] });
    for (const code of codes) expect(await upsertsOf(code)).toBe(1);
    const published = await readTopic(Topics.stations, (messages) => codes.every((code) => messages.some((m) => m.key === code)));
    const ours = published.filter((message) => message.key !== null && codes.includes(message.key));
    expect(ours.map((message) => message.key).sort()).toEqual([...codes].sort());
    const community = JSON.parse(ours.find((message) => message.key === map.community(0, 1))?.value ?? '{}');
    expect(community).toMatchObject({
      type: 'area.upserted',
      aggregateId: map.community(0, 1),
      payload: {
        code: map.community(0, 1),
        level: 'community',
        parentCode: map.street(0),
        nameZh: `区域${map.community(0, 1)}`,
        boundary: map.features[4].geometry,
        bbox: [map.west + 0.01, map.south, map.west + 0.02, map.south + 0.02].map(degrees),
        demo: false,
      },
    });
  });

  it('changes and announces nothing when the same map is imported again', async () => {
    const map = newDistrict();
    await importMap(collection(...map.features)).expect(200);
    const before = await queryDatabase(database, 'SELECT code, updated_at FROM areas WHERE code LIKE $1 ORDER BY code', [`${map.code}%`]);
    const writesBefore = await writes();

    const again = await importMap(collection(...map.features)).expect(200);

    expect(again.body).toEqual({ created: [], updated: [], unchanged: map.features.map((f) => f.properties.code).sort() });
    expect(await writes()).toEqual(writesBefore);
    expect(await queryDatabase(database, 'SELECT code, updated_at FROM areas WHERE code LIKE $1 ORDER BY code', [`${map.code}%`])).toEqual(
      before,
    );
  });

  it('updates and announces only the area that changed', async () => {
    const map = newDistrict();
    await importMap(collection(...map.features)).expect(200);
    const renamed = map.features.map((f) =>
      f.properties.code === map.community(1, 0) ? { ...f, properties: { ...f.properties, nameEn: 'Renamed Community' } } : f,
    );

    const response = await importMap(collection(...renamed)).expect(200);

    expect(response.body.updated).toEqual([map.community(1, 0)]);
    expect(response.body.created).toEqual([]);
    expect(await upsertsOf(map.community(1, 0))).toBe(2);
    expect(await upsertsOf(map.community(1, 1))).toBe(1);
    expect(
      (
        await as()
          .get(`/areas/${map.community(1, 0)}`)
          .expect(200)
      ).body.nameEn,
    ).toBe('Renamed Community');
  });

  it('takes the parent of a feature from the stored map when the file does not hold it', async () => {
    const map = newDistrict();
    await importMap(collection(...map.features.slice(0, 3))).expect(200);

    const response = await importMap(collection(...map.features.slice(3))).expect(200);

    expect(response.body.created).toEqual(map.features.slice(3).map((f) => f.properties.code));
  });

  const broken: [string, (map: ReturnType<typeof newDistrict>) => Feature, string][] = [
    [
      'an open ring',
      (map) =>
        feature(map.community(0, 0), {
          type: 'Polygon',
          coordinates: [rectangle(map.west, map.south, map.west + 0.01, map.south + 0.02).coordinates[0].slice(0, 4)],
        }),
      'ring-not-closed',
    ],
    [
      'a self-intersecting ring',
      (map) =>
        feature(map.community(0, 0), {
          type: 'Polygon',
          coordinates: [
            [
              [map.west, map.south],
              [map.west + 0.01, map.south + 0.02],
              [map.west + 0.01, map.south],
              [map.west, map.south + 0.02],
              [map.west, map.south],
            ],
          ],
        }),
      'self-intersection',
    ],
    [
      'a community outside its street',
      (map) => feature(map.community(0, 0), rectangle(map.west + 0.03, map.south, map.west + 0.04, map.south + 0.02)),
      'outside-parent',
    ],
    [
      'a community whose street is missing',
      (map) => feature(`${map.code}009001`, rectangle(map.west, map.south, map.west + 0.01, map.south + 0.01)),
      'missing-parent',
    ],
  ];

  it.each(broken)('refuses the whole map with 422 naming the feature for %s, and writes nothing', async (_what, breakFeature, problem) => {
    const map = newDistrict();
    const features = [...map.features.slice(0, 3), breakFeature(map), ...map.features.slice(4)];
    const before = await writes();

    const response = await importMap(collection(...features));

    expectProblem(response, 422, 'area-import-invalid');
    expect(response.body.features).toEqual([{ index: 3, code: features[3].properties.code, problem, message: expect.any(String) }]);
    expect(await writes()).toEqual(before);
    expect(await count('SELECT count(*) FROM areas WHERE code LIKE $1', [`${map.code}%`])).toBe(0);
  });

  it('reports every broken feature of one file at once', async () => {
    const map = newDistrict();
    const features = [...map.features.slice(0, 3), broken[0][1](map), broken[2][1]({ ...map, community: () => map.community(0, 1) })];

    const response = await importMap(collection(...features));

    expectProblem(response, 422, 'area-import-invalid');
    expect(response.body.features.map((f: { index: number; problem: string }) => [f.index, f.problem])).toEqual([
      [3, 'ring-not-closed'],
      [4, 'outside-parent'],
    ]);
  });

  it('refuses a new street boundary that would leave out a stored community, and writes nothing', async () => {
    const map = newDistrict();
    await importMap(collection(...map.features)).expect(200);
    const before = await writes();

    const response = await importMap(
      collection(feature(map.street(0), rectangle(map.west + 0.005, map.south, map.west + 0.02, map.south + 0.02))),
    );

    expectProblem(response, 422, 'area-import-invalid');
    expect(response.body.features).toEqual([
      {
        index: 0,
        code: map.street(0),
        problem: 'excludes-child',
        message: `Its stored community ${map.community(0, 0)} would no longer lie inside it`,
      },
    ]);
    expect(await writes()).toEqual(before);
  });

  it('answers 400 naming the feature and coordinate of a latitude out of range, and writes nothing', async () => {
    const map = newDistrict();
    const before = await writes();

    const response = await importMap(collection(map.features[0], feature(map.street(0), rectangle(map.west, 89, map.west + 0.01, 91))));

    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'features.1.geometry.coordinates.0.2.1',
      'features.1.geometry.coordinates.0.3.1',
    ]);
    expect(await writes()).toEqual(before);
  });

  it.each([
    ['a worker', newWorker()],
    ['community staff', newStaff()],
  ])('answers 403 to %s importing the map, and writes nothing', async (_who, actor) => {
    const before = await writes();

    expectProblem(await importMap(collection(...newDistrict().features), actor), 403, 'area-import-not-allowed');

    expect(await writes()).toEqual(before);
  });
});

describe(AreaLocator.name, () => {
  let map: ReturnType<typeof newDistrict>;

  beforeAll(async () => {
    map = newDistrict();
    await importMap(collection(...map.features)).expect(200);
  });

  const locate = async (lat: number, lng: number): Promise<AreaLocationView> =>
    (await as().get(`/areas/locate?lat=${lat}&lng=${lng}`).expect(200)).body;

  it('finds the community a point lies in, with its street and district', async () => {
    const found = await locate(map.south + 0.01, map.west + 0.035);

    expect([found.community?.code, found.street?.code, found.district?.code]).toEqual([map.community(1, 1), map.street(1), map.code]);
    expect(found.community).toMatchObject({ level: 'community', parentCode: map.street(1), demo: false });
  });

  it('finds no area for a point outside every community', async () => {
    expect(await locate(map.south + 0.01, map.west - 0.001)).toEqual({ community: null, street: null, district: null });
  });

  it('places a point on the edge two communities share in the one with the lower code, every time', async () => {
    const onEdge = [degrees(map.south + 0.01), degrees(map.west + 0.01)] as const;

    const answers = await Promise.all([1, 2, 3].map(() => locate(...onEdge)));

    expect(answers.map((answer) => answer.community?.code)).toEqual([map.community(0, 0), map.community(0, 0), map.community(0, 0)]);
    expect((await locate(onEdge[0], onEdge[1] + 1e-9)).community?.code).toBe(map.community(0, 1));
  });

  it('answers 400 naming a latitude out of range', async () => {
    const response = await as().get('/areas/locate?lat=91&lng=114.3');

    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'lat' })]);
  });

  describe('on station registration', () => {
    const register = (lat: number, lng: number, extra: object = {}) =>
      as(admin)
        .post('/stations')
        .send({ names: { 'zh-CN': '驿站' }, district: '测试区', address: '测试路 1 号', location: { lat, lng }, ...extra });

    it('gives a new station the community its location lies in, and that community’s district', async () => {
      const station: StationView = (await register(map.south + 0.005, map.west + 0.015).expect(201)).body;

      expect(station).toMatchObject({ communityCode: map.community(0, 1), districtCode: map.code });
      expect((await as().get(`/stations/${station.id}`).expect(200)).body).toMatchObject({ communityCode: map.community(0, 1) });
    });

    it('leaves the community empty for a station outside the map', async () => {
      expect((await register(map.south - 1, map.west).expect(201)).body).toMatchObject({ communityCode: null, districtCode: null });
    });

    it('takes the community an admin names over the one the location lies in', async () => {
      const station = (await register(map.south + 0.005, map.west + 0.015, { communityCode: map.community(1, 0) }).expect(201)).body;

      expect(station).toMatchObject({ communityCode: map.community(1, 0), districtCode: map.code });
    });

    it('answers 422 unknown-community for a named community that is not in the map, and registers nothing', async () => {
      const before = await count('SELECT count(*) FROM stations');

      expectProblem(await register(map.south, map.west, { communityCode: `${map.street(0)}099` }), 422, 'unknown-community');

      expect(await count('SELECT count(*) FROM stations')).toBe(before);
    });
  });
});

describe('the city map', () => {
  let map: ReturnType<typeof newDistrict>;

  beforeAll(async () => {
    map = newDistrict();
    await importMap(collection(...map.features)).expect(200);
  });

  it('lists the areas inside a parent, one level and one page at a time', async () => {
    const first = await as().get(`/areas?parent=${map.code}&limit=1`).expect(200);
    const second = await as().get(`/areas?parent=${map.code}&limit=1&cursor=${first.body.nextCursor}`).expect(200);

    expect(first.body.items.map((area: AreaSummaryView) => area.code)).toEqual([map.street(0)]);
    expect(second.body).toMatchObject({ items: [expect.objectContaining({ code: map.street(1) })], nextCursor: null });
    expect(first.body.items[0]).not.toHaveProperty('boundary');
    const communities = (
      await as()
        .get(`/areas?level=community&parent=${map.street(1)}`)
        .expect(200)
    ).body.items;
    expect(communities.map((area: AreaSummaryView) => area.code)).toEqual([map.community(1, 0), map.community(1, 1)]);
  });

  it('shows one area with its boundary', async () => {
    const response = await as()
      .get(`/areas/${map.street(1)}`)
      .expect(200);

    expect(response.body).toEqual({
      code: map.street(1),
      level: 'street',
      parentCode: map.code,
      nameZh: `区域${map.street(1)}`,
      nameEn: `Area ${map.street(1)}`,
      bbox: [map.west + 0.02, map.south, map.west + 0.04, map.south + 0.02].map(degrees),
      demo: false,
      updatedAt: expect.any(String),
      boundary: map.features[2].geometry,
    });
  });

  it('answers 404 area-not-found for a code not in the map, and 400 for one that is no area code', async () => {
    expectProblem(await as().get('/areas/999999'), 404, 'area-not-found');
    expectProblem(await as().get('/areas/42'), 400, 'validation-failed');
    expectProblem(await as().get('/areas?level=province'), 400, 'validation-failed');
  });
});
