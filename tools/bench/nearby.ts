import { Amenity, DEVELOPMENT_ADMIN, OpeningHours, StationStatus, Weekday, WEEKDAYS, WeeklySchedule } from '@waystation/contracts';
import { CreateStation, StationView } from '@waystation/http-api';
import { connectionUrl, startLocalInfrastructure, stopLocalInfrastructure } from '@waystation/infra';
import { DEMO_WORKER, signInByPhone, signInWithPassword } from '@waystation/seed';
import { DATABASES, WaystationSystem } from '@waystation/system';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import { request } from 'undici';
import { v7 as uuidv7 } from 'uuid';
import { CHINA_CITIES, cityPicker, pointNear, seededRandom } from './china-stations';
import { closedLoop, LoadResult } from './closed-loop';
import { loadNearbyBenchConfig } from './nearby-bench.config';

/**
 * `nx run bench:nearby`: the nearby search through the gateway on 200,000 stations spread over China's cities,
 * at 50 concurrent requests, beside a bare route of the same gateway (the API index, a fixed page) in the same
 * run. Its own PostgreSQL, Kafka and apps; 127.0.0.1 only. Not a test: it prints figures.
 */
const { BENCH_NEARBY_STATIONS: STATIONS, BENCH_NEARBY_SECONDS: SECONDS } = loadNearbyBenchConfig();
const CONCURRENCY = 50;
const BATCH = 10_000;
const STATE_DIR = join(__dirname, '..', '..', '.waystation', 'bench-nearby');
const PORTS = { postgres: 26432, kafka: 29192, kafkaController: 29193 };
const SMS_OUTBOX = join(STATE_DIR, 'sms-outbox.jsonl');
const on = (days: readonly Weekday[], opens: string, closes: string) =>
  Object.fromEntries(WEEKDAYS.map((day) => [day, days.includes(day) ? [{ opens, closes }] : []])) as WeeklySchedule;

/** The kinds of hours stations keep; each loaded station copies one, with the search columns the service derived. */
const HOURS_TEMPLATES: OpeningHours[] = [
  { kind: 'always-open', exceptions: [] },
  { kind: 'weekly', weekly: on(WEEKDAYS, '07:00', '21:00'), exceptions: [{ date: '2027-02-17', kind: 'closed' }] },
  { kind: 'weekly', weekly: on(WEEKDAYS, '18:00', '06:00'), exceptions: [] },
  { kind: 'weekly', weekly: on(WEEKDAYS.slice(0, 5), '08:00', '18:00'), exceptions: [] },
];
const AMENITIES: Amenity[] = [
  'drinking-water',
  'hot-water',
  'microwave',
  'air-conditioning',
  'seating',
  'phone-charging',
  'toilet',
  'wifi',
];
const SERVICES = ['free-clinic', 'legal-aid', 'psychological-counselling', 'haircut'];
const STATUSES: StationStatus[] = ['operating', 'operating', 'operating', 'operating', 'operating', 'operating', 'suspended', 'planned'];

async function main(): Promise<void> {
  await stopLocalInfrastructure(STATE_DIR);
  await rm(STATE_DIR, { recursive: true, force: true });
  const infra = await startLocalInfrastructure({ dataDir: STATE_DIR, ports: PORTS, databases: DATABASES });
  const { postgres, kafka } = infra;
  const system = new WaystationSystem({
    layout: {
      host: '127.0.0.1',
      portOffset: 2_300,
      kafkaBrokers: kafka.brokers,
      databaseUrl: (db) => connectionUrl(postgres, db),
      smsOutbox: SMS_OUTBOX,
      photoDir: join(STATE_DIR, 'photos'),
      oneClientAddress: true,
    },
    logDir: join(STATE_DIR, 'logs'),
    logLevel: 'warn',
  });
  try {
    await system.start();
    const gateway = system.url('gateway');
    // Signed in through the real endpoints: the city office's admin, and a worker by phone (the demo's profile).
    const admin = await signInWithPassword(gateway, DEVELOPMENT_ADMIN.username, DEVELOPMENT_ADMIN.password);
    const worker = await signInByPhone(gateway, { ...DEMO_WORKER, smsOutbox: SMS_OUTBOX });
    const WORKER = { authorization: `Bearer ${worker.accessToken}` };
    const templates = await createTemplates(gateway, { authorization: `Bearer ${admin.accessToken}` });
    const loadStarted = performance.now();
    await loadStations(connectionUrl(postgres, 'stations'), templates);
    log(`loaded ${STATIONS} stations in ${((performance.now() - loadStarted) / 1_000).toFixed(1)} s`);

    const paths = nearbyPaths(10_000);
    // One at a time, before any load: the size of an answer, and what one search costs alone.
    const sample: { items: unknown[] }[] = [];
    const sampleStarted = performance.now();
    for (const path of paths.slice(0, 200)) sample.push(await getJson(gateway, path, WORKER));
    const aloneMs = (performance.now() - sampleStarted) / sample.length;
    const meanItems = sample.reduce((sum, page) => sum + page.items.length, 0) / sample.length;
    log(`one search alone: ${aloneMs.toFixed(1)} ms on average, ${meanItems.toFixed(1)} stations per answer`);
    const bare = { concurrency: CONCURRENCY, headers: WORKER, path: () => '/api/v1' };
    const nearby = { concurrency: CONCURRENCY, headers: WORKER, path: (i: number) => paths[i % paths.length] };
    const warmUp = Math.max(1, Math.round(SECONDS / 5));
    log(`warming up (${warmUp} s each)…`);
    await closedLoop(gateway, { ...bare, seconds: warmUp });
    await closedLoop(gateway, { ...nearby, seconds: warmUp });
    log(`measuring each route for ${SECONDS} s at ${CONCURRENCY} concurrent requests…`);
    const bareResult = await closedLoop(gateway, { ...bare, seconds: SECONDS });
    const nearbyResult = await closedLoop(gateway, { ...nearby, seconds: SECONDS });

    console.log(`
Nearby search through the gateway: ${STATIONS} stations in ${CHINA_CITIES.length} cities, ${CONCURRENCY} concurrent requests, ${SECONDS} s each
(a nearby answer holds ${meanItems.toFixed(1)} stations on average, ${aloneMs.toFixed(1)} ms for one alone; queries mix openNow, amenities and a service)

  ${'route'.padEnd(34)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'bytes'.padStart(7)} ${'errors'.padStart(7)}
${row('GET /api/v1/stations/nearby', nearbyResult)}
${row('GET /api/v1 (bare: a fixed page)', bareResult)}

  nearby throughput: ${((nearbyResult.perSecond / bareResult.perSecond) * 100).toFixed(0)} % of the bare route's (target ≥ 50 %); p99 ${nearbyResult.p99.toFixed(1)} ms (target ≤ 20 ms)
`);
  } finally {
    await system.stop().catch((error) => log(`stopping the apps failed: ${error}`));
    await infra.stop();
  }
}

/** One station per kind of hours, through the API, so the service derives the columns the search filters on. */
async function createTemplates(gateway: string, admin: Record<string, string>): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, openingHours] of HOURS_TEMPLATES.entries()) {
    const body: CreateStation = {
      names: { 'zh-CN': `模板驿站 ${index}` },
      district: '模板',
      address: '模板',
      location: { lat: 0, lng: 0 },
      hostOrganisation: 'community',
      contactPhone: null,
      capacity: 10,
      photos: [],
      openingHours,
      amenities: [],
      services: [],
      status: 'closed',
    };
    const response = await request(`${gateway}/api/v1/stations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify(body),
    });
    if (response.statusCode !== 201) throw new Error(`creating a template station: ${response.statusCode} ${await response.body.text()}`);
    ids.push(((await response.body.json()) as StationView).id);
  }
  return ids;
}

/** Generated stations (the same every run), straight into the stations database in batches, then VACUUM ANALYZE. */
async function loadStations(databaseUrl: string, templates: string[]): Promise<void> {
  const random = seededRandom(10);
  const pickCity = cityPicker(random);
  const subset = <T>(values: T[], chance: number) => values.filter(() => random() < chance);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let first = 0; first < STATIONS; first += BATCH) {
      const columns = { id: [] as string[], name: [] as string[], city: [] as string[], lat: [] as number[], lng: [] as number[] };
      const extra = { amenities: [] as string[], services: [] as string[], template: [] as string[], status: [] as string[] };
      for (let i = first; i < Math.min(STATIONS, first + BATCH); i++) {
        const city = pickCity();
        const point = pointNear(random, city, 8);
        columns.id.push(uuidv7());
        columns.name.push(`${city.name}户外劳动者驿站 ${i}`);
        columns.city.push(city.name);
        columns.lat.push(point.lat);
        columns.lng.push(point.lng);
        extra.amenities.push(subset(AMENITIES, 0.6).join(','));
        extra.services.push(subset(SERVICES, 0.25).join(','));
        extra.template.push(templates[Math.floor(random() * templates.length)]);
        extra.status.push(STATUSES[Math.floor(random() * STATUSES.length)]);
      }
      await client.query(
        `INSERT INTO stations (id, name_zh, district, address, lat, lng, host_organisation, capacity, photos, amenities, services,
                               opening_hours, week_open_minutes, exception_windows, exception_open, status, created_at, created_by)
         SELECT g.id, g.name, g.city, g.city || '某路 1 号', g.lat, g.lng, 'community', 10, '{}',
                COALESCE(string_to_array(NULLIF(g.amenities, ''), ','), '{}'), COALESCE(string_to_array(NULLIF(g.services, ''), ','), '{}'),
                t.opening_hours, t.week_open_minutes, t.exception_windows, t.exception_open, g.status, now(), 'bench'
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::text[], $7::text[], $8::uuid[], $9::text[])
                  AS g(id, name, city, lat, lng, amenities, services, template, status)
           JOIN stations t ON t.id = g.template`,
        [columns.id, columns.name, columns.city, columns.lat, columns.lng, extra.amenities, extra.services, extra.template, extra.status],
      );
    }
    // As autovacuum would after a while: statistics, and the visibility map the index-only scan relies on.
    await client.query('VACUUM ANALYZE stations');
  } finally {
    await client.end();
  }
}

/** Where workers ask from (around the same cities) and what they ask for: the same list every run. */
function nearbyPaths(count: number): string[] {
  const random = seededRandom(20);
  const pickCity = cityPicker(random);
  const filters = ['', '&openNow=true', '&openNow=true&amenity=drinking-water&amenity=phone-charging', '&service=legal-aid'];
  return Array.from({ length: count }, (_, i) => {
    const point = pointNear(random, pickCity(), 8);
    return `/api/v1/stations/nearby?lat=${point.lat.toFixed(5)}&lng=${point.lng.toFixed(5)}&radius=3000${filters[i % filters.length]}`;
  });
}

async function getJson(origin: string, path: string, headers: Record<string, string>): Promise<{ items: unknown[] }> {
  const response = await request(`${origin}${path}`, { headers });
  if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${await response.body.text()}`);
  return (await response.body.json()) as { items: unknown[] };
}

const row = (route: string, result: LoadResult) =>
  `  ${route.padEnd(34)} ${result.perSecond.toFixed(0).padStart(8)} ${result.p50.toFixed(1).padStart(8)} ${result.p99.toFixed(1).padStart(8)} ${result.meanBytes.toFixed(0).padStart(7)} ${String(result.errors).padStart(7)}`;
const log = (message: string) => console.error(`[bench:nearby] ${message}`);

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
