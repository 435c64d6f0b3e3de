import { DEVELOPMENT_ADMIN } from '@waystation/contracts';
import { connectionUrl, startLocalInfrastructure, stopLocalInfrastructure } from '@waystation/infra';
import { cameraJpeg, DEMO_WORKER, signInByPhone, signInWithPassword } from '@waystation/seed';
import { DATABASES, WaystationSystem } from '@waystation/system';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { request } from 'undici';
import { startBarePhotoServer } from './bare-photo-server';
import { loadPhotoBenchConfig } from './photo-bench.config';
import { summarize } from './stats';

/**
 * `nx run bench:photos`: report submissions per second with two photos each (two ~200 KB camera JPEGs with
 * EXIF and GPS uploaded, then the report submitted with their ids) through the gateway as signed-in workers,
 * beside the same uploads to a bare route that stores the bytes unprocessed (a baseline server this bench starts
 * on 127.0.0.1, writing files as the local photo store does), in one run. Each side stops at its count or its
 * time. Its own PostgreSQL, Kafka and apps (the local photo store); 127.0.0.1 only. Not a test: it prints figures.
 */
const { BENCH_PHOTO_SUBMISSIONS: SUBMISSIONS, BENCH_PHOTO_SECONDS: SECONDS } = loadPhotoBenchConfig();
const CONCURRENCY = 8;
const WORKERS = 20;
const STATE_DIR = join(__dirname, '..', '..', '.waystation', 'bench-photos');
const PORTS = { postgres: 25632, kafka: 29292, kafkaController: 29293 };
const SMS_OUTBOX = join(STATE_DIR, 'sms-outbox.jsonl');

interface SideResult {
  submissions: number;
  perSecond: number;
  p50: number;
  p99: number;
}

async function main(): Promise<void> {
  await stopLocalInfrastructure(STATE_DIR);
  await rm(STATE_DIR, { recursive: true, force: true });
  const photos = await Promise.all([1, 2].map(() => cameraJpeg({ width: 560, height: 420, quality: 92, noisy: true })));
  const infra = await startLocalInfrastructure({ dataDir: STATE_DIR, ports: PORTS, databases: DATABASES });
  const system = new WaystationSystem({
    layout: {
      host: '127.0.0.1',
      portOffset: 2_600,
      kafkaBrokers: infra.kafka.brokers,
      databaseUrl: (db) => connectionUrl(infra.postgres, db),
      smsOutbox: SMS_OUTBOX,
      photoDir: join(STATE_DIR, 'photos'),
      oneClientAddress: true,
    },
    logDir: join(STATE_DIR, 'logs'),
    logLevel: 'warn',
  });
  const bare = await startBarePhotoServer(join(STATE_DIR, 'bare-photos'));
  try {
    await system.start();
    const gateway = system.url('gateway');
    log(`signing in ${WORKERS} workers (not measured)…`);
    await signInWithPassword(gateway, DEVELOPMENT_ADMIN.username, DEVELOPMENT_ADMIN.password);
    const workers: string[] = [];
    for (let i = 0; i < WORKERS; i++) {
      const session = await signInByPhone(gateway, {
        phone: `+86136${String(i).padStart(8, '0')}`,
        profile: DEMO_WORKER.profile,
        smsOutbox: SMS_OUTBOX,
      });
      workers.push(`Bearer ${session.accessToken}`);
    }

    log('warm-up: 10 submissions through the gateway, 10 to the bare route (not measured)…');
    await measure(10, SECONDS, (i) => submitThroughGateway(gateway, workers[i % WORKERS], photos, i));
    await measure(10, SECONDS, () => uploadBare(bare.url, photos));

    log(`gateway: up to ${SUBMISSIONS} submissions or ${SECONDS} s, ${CONCURRENCY} at a time…`);
    const pipeline = await measure(SUBMISSIONS, SECONDS, (i) => submitThroughGateway(gateway, workers[i % WORKERS], photos, i));
    log(`bare route: up to ${SUBMISSIONS} pairs of uploads or ${SECONDS} s, ${CONCURRENCY} at a time…`);
    const baseline = await measure(SUBMISSIONS, SECONDS, () => uploadBare(bare.url, photos));

    console.log(`
Waystation report intake with photos (2 × ${kib(photos[0].length)} / ${kib(photos[1].length)} JPEG with EXIF+GPS each; ${CONCURRENCY} in flight)
| side                                          | submissions | per second | p50 ms | p99 ms |
| --------------------------------------------- | ----------- | ---------- | ------ | ------ |
| gateway: 2 uploads (checked, stripped, stored) + submit | ${row(pipeline)} |
| bare route: the same 2 uploads, stored as sent | ${row(baseline)} |

ratio (gateway / bare): ${(pipeline.perSecond / baseline.perSecond).toFixed(3)}
`);
  } finally {
    await bare.stop();
    await system.stop().catch((error) => log(`stopping the apps failed: ${error}`));
    await infra.stop();
  }
}

/** Runs `task` `count` times, CONCURRENCY at a time, until the count is done or `seconds` have passed. */
async function measure(count: number, seconds: number, task: (i: number) => Promise<void>): Promise<SideResult> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1_000;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count && performance.now() < deadline) {
        const i = next++;
        const sent = performance.now();
        await task(i);
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const elapsed = performance.now() - started;
  const { p50, p99 } = summarize(latencies);
  return { submissions: latencies.length, perSecond: (latencies.length / elapsed) * 1_000, p50, p99 };
}

async function submitThroughGateway(gateway: string, authorization: string, photos: Buffer[], i: number): Promise<void> {
  const photoIds: string[] = [];
  for (const photo of photos) photoIds.push((await post(`${gateway}/api/v1/report-photos`, authorization, photo, 'image/jpeg')).id);
  const report = {
    category: 'exposed-garbage',
    description: `photo bench report ${i}`,
    location: { lat: 30.37 + (i % 100) / 10_000, lng: 114.32 },
    photoIds,
  };
  await post(`${gateway}/api/v1/reports`, authorization, Buffer.from(JSON.stringify(report)), 'application/json');
}

async function uploadBare(bareUrl: string, photos: Buffer[]): Promise<void> {
  for (const photo of photos) await post(`${bareUrl}/photos`, undefined, photo, 'image/jpeg');
}

async function post(url: string, authorization: string | undefined, body: Buffer, contentType: string): Promise<{ id: string }> {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(authorization ? { authorization } : {}) },
    body,
  });
  if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${await response.body.text()}`);
  return (await response.body.json()) as { id: string };
}

const row = ({ submissions, perSecond, p50, p99 }: SideResult) =>
  `${String(submissions).padStart(11)} | ${perSecond.toFixed(1).padStart(10)} | ${p50.toFixed(0).padStart(6)} | ${p99.toFixed(0).padStart(6)}`;
const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
const log = (message: string) => console.error(`[bench] ${message}`);

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
