import {
  Actor,
  ActorInput,
  actorSchema,
  AreaBoundary,
  AreaCode,
  areaLevelOf,
  areaUpsertedV1,
  AreaUpsertedV1,
  parentAreaCodeOf,
  Topics,
} from '@waystation/contracts';
import { newStaff, publishEvents, queryDatabase, serviceAs, tinyTestPhoto, waitFor } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';

/**
 * Test-only: the small city map the reports integration specs publish before they submit, since intake refuses a
 * report outside the areas it learnt from `area.upserted`.
 */

/** A closed ring around [west, south]–[east, north], GeoJSON's way ([lng, lat]). */
export const rectangle = (west: number, south: number, east: number, north: number): AreaBoundary => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});

export function areaUpserted(code: AreaCode, boundary: AreaBoundary, upsertedAt = new Date()): AreaUpsertedV1 {
  const [[west, south], , [east, north]] = (boundary as Extract<AreaBoundary, { type: 'Polygon' }>).coordinates[0];
  return areaUpsertedV1.create({
    aggregateId: code,
    correlationId: `reports-it-${uuidv7()}`,
    producer: 'stations',
    payload: {
      code,
      level: areaLevelOf(code),
      parentCode: parentAreaCodeOf(code),
      nameZh: `区域${code}`,
      nameEn: `Area ${code}`,
      boundary,
      bbox: [west, south, east, north],
      demo: false,
      upsertedAt: upsertedAt.toISOString(),
    },
  });
}

/** A district with one street of two communities side by side, sharing the edge at longitude 114.32. */
export const DISTRICT = '420115';
export const WEST = '420115001001';
export const EAST = '420115001002';
export const cityMap = (): AreaUpsertedV1[] => [
  areaUpserted(DISTRICT, rectangle(114.28, 30.33, 114.36, 30.42)),
  areaUpserted('420115001', rectangle(114.28, 30.33, 114.36, 30.42)),
  areaUpserted(WEST, rectangle(114.28, 30.33, 114.32, 30.42)),
  areaUpserted(EAST, rectangle(114.32, 30.33, 114.36, 30.42)),
];

/** Whether the service behind `database` has consumed every one of these events. */
export const inboxHas = async (database: string, eventIds: string[]): Promise<boolean> =>
  Number(
    (
      await queryDatabase<{ count: string }>(database, 'SELECT count(*) FROM inbox_messages WHERE event_id = ANY($1::uuid[])', [eventIds])
    )[0].count,
  ) === eventIds.length;

/** Publishes the city map and waits until the service behind `database` has it. */
export async function publishCityMap(database: string): Promise<void> {
  const events = cityMap();
  await publishEvents(Topics.stations, events);
  await waitFor(
    () =>
      inboxHas(
        database,
        events.map((event) => event.id),
      ),
    {
      description: 'reports to have the city map',
      timeoutMs: 30_000,
    },
  );
}

/** Community staff serving `community` (EAST unless given). */
export const communityStaff = (community: string = EAST): Actor =>
  actorSchema.parse({ ...newStaff(), scopes: { communities: [community] } });

/** Moves a report by SQL into `community` (null: into no community), whatever the city map says of its point. */
export const moveToCommunity = (database: string, reportId: string, community: string | null) =>
  queryDatabase(database, 'UPDATE reports SET community_code = $1, district_code = $2 WHERE id = $3', [
    community,
    community?.slice(0, 6) ?? null,
    reportId,
  ]);

/** `body` with a tiny photo `worker` uploaded first: a report takes 1–4 photos of its reporter's own. */
export async function withPhotoOf(server: Parameters<typeof serviceAs>[0], worker: ActorInput, body: object): Promise<object> {
  const upload = await serviceAs(server, worker)
    .post('/report-photos')
    .set('content-type', 'image/jpeg')
    .send(await tinyTestPhoto())
    .expect(201);
  return { ...body, photoIds: [upload.body.id as string] };
}
