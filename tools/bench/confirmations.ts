import { DEVELOPMENT_ADMIN } from '@waystation/contracts';
import {
  cameraJpeg,
  DEMO_AREAS,
  DEMO_COMMUNITY_STAFF,
  DEMO_WORKER,
  GatewaySession,
  signInByPhone,
  signInWithPassword,
  submitOnceMapped,
} from '@waystation/seed';
import { DATABASES } from '@waystation/system';
import { request } from 'undici';
import { loadBenchConfig } from './bench.config';
import { startBenchSystem } from './bench-system';
import { watchCredits } from './credit-watch';
import { cpuPerUnit, cpuSnapshot, stolenMs } from './cpu-usage';
import { kafkaBaseline } from './kafka-baseline';
import { committedTransactions, transactionsPerUnit } from './postgres-transactions';
import { runAtRate, runPool, summarize } from './stats';

/**
 * `npm run bench`: report confirmations through the real pipeline (gateway → reports → outbox → Kafka → points
 * → outbox → Kafka), on its own PostgreSQL, Kafka and apps, beside bare kafkajs on the same broker; sizes in
 * bench.config.ts.
 */
const { BENCH_COUNT: COUNT, BENCH_RATE: RATE, BENCH_LATENCY_COUNT: LATENCY_COUNT, BENCH_DRAIN_COUNT: DRAIN_COUNT } = loadBenchConfig();
const CONCURRENCY = 32;
const IDLE_SECONDS = 5;
const WORKERS = 200;

async function main(): Promise<void> {
  const bench = await startBenchSystem({
    name: 'bench',
    ports: { postgres: 25432, kafka: 29092, kafkaController: 29093 },
    portOffset: 2_000,
  });
  const { gateway, system, smsOutbox } = bench;
  const { postgres, kafka } = bench.infra;
  try {
    log(`signing in ${WORKERS} workers and a community staff member (not measured)…`);
    const { workers, staff } = await signIn(gateway, smsOutbox);
    const credits = await watchCredits(kafka);

    const idleBefore = cpuSnapshot();
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1_000));
    const idlePerSecond = cpuPerUnit(idleBefore, cpuSnapshot(), IDLE_SECONDS);

    log(`submitting ${COUNT + LATENCY_COUNT + DRAIN_COUNT} reports with a tiny photo each (not measured)…`);
    const reportIds: string[] = [];
    const photo = await cameraJpeg({ width: 16, height: 12 });
    await runPool(COUNT + LATENCY_COUNT + DRAIN_COUNT, CONCURRENCY, async (i) => {
      const photoId = (await post(gateway, '/api/v1/report-photos', workers[i % WORKERS], photo)).id;
      reportIds[i] = (await post(gateway, '/api/v1/reports', workers[i % WORKERS], report(i, photoId))).id;
    });

    log(`throughput: confirming ${COUNT} reports, ${CONCURRENCY} at a time…`);
    const throughputIds = reportIds.slice(0, COUNT);
    const transactionsBefore = await committedTransactions(postgres, DATABASES);
    const cpuBefore = cpuSnapshot();
    const stolenBefore = stolenMs();
    const started = performance.now();
    await runPool(COUNT, CONCURRENCY, (i) => confirm(gateway, staff, throughputIds[i]));
    const confirmedPerSecond = (COUNT / (performance.now() - started)) * 1_000;
    const lastCredit = await credits.allSeen(throughputIds);
    const creditedPerSecond = (COUNT / (lastCredit - started)) * 1_000;
    const cpuPerConfirmation = cpuPerUnit(cpuBefore, cpuSnapshot(), COUNT);
    const stolenPerSecond = (stolenMs() - stolenBefore) / ((lastCredit - started) / 1_000);
    const transactionsAfterThroughput = await committedTransactions(postgres, DATABASES);
    const transactionsPerConfirmation = transactionsPerUnit(transactionsBefore, transactionsAfterThroughput, COUNT);

    log(`latency: confirming ${LATENCY_COUNT} reports at ${RATE}/s…`);
    const latencyIds = reportIds.slice(COUNT, COUNT + LATENCY_COUNT);
    const returnedAt = new Map<string, number>();
    const cpuBeforeLatency = cpuSnapshot();
    await runAtRate(LATENCY_COUNT, RATE, async (i) => {
      await confirm(gateway, staff, latencyIds[i]);
      returnedAt.set(latencyIds[i], performance.now());
    });
    await credits.allSeen(latencyIds);
    const cpuAtRate = cpuPerUnit(cpuBeforeLatency, cpuSnapshot(), LATENCY_COUNT);
    const transactionsAtRate = transactionsPerUnit(
      transactionsAfterThroughput,
      await committedTransactions(postgres, DATABASES),
      LATENCY_COUNT,
    );
    const pipelineLatency = summarize(latencyIds.map((id) => (credits.seenAt(id) ?? NaN) - (returnedAt.get(id) ?? NaN)));

    // The credit side alone: confirmations queue up in Kafka while points is stopped, then it drains them.
    let drainedPerSecond = NaN;
    if (DRAIN_COUNT > 1) {
      log(`drain: confirming ${DRAIN_COUNT} reports with points stopped, then starting it…`);
      const drainIds = reportIds.slice(COUNT + LATENCY_COUNT);
      await system.app('points').stop();
      await runPool(DRAIN_COUNT, CONCURRENCY, (i) => confirm(gateway, staff, drainIds[i]));
      await system.restart('points', 'stop');
      const lastDrained = await credits.allSeen(drainIds);
      const firstDrained = Math.min(...drainIds.map((id) => credits.seenAt(id) ?? NaN));
      drainedPerSecond = ((DRAIN_COUNT - 1) / (lastDrained - firstDrained)) * 1_000;
    }
    await credits.stop();

    log('baseline: bare kafkajs on the same broker…');
    const baseline = await kafkaBaseline(kafka, COUNT, RATE, LATENCY_COUNT);

    console.log(`
Waystation confirmation → credit pipeline (${COUNT} confirmations; latency at ${RATE}/s offered, ${LATENCY_COUNT} samples)
| measure                                   | pipeline         | bare kafkajs (ceiling) |
| ----------------------------------------- | ---------------- | ---------------------- |
| throughput, per second                    | ${fmt(creditedPerSecond)} credits/s | ${fmt(baseline.throughputPerSecond)} msgs/s |
| confirm calls accepted, per second        | ${fmt(confirmedPerSecond)} /s       | -                      |
| backlog drained by points, per second     | ${fmt(drainedPerSecond)} credits/s | -                      |
| latency p50 (confirm returned → credited) | ${fmt(pipelineLatency.p50)} ms      | ${fmt(baseline.latency.p50)} ms (send → received) |
| latency p99                               | ${fmt(pipelineLatency.p99)} ms      | ${fmt(baseline.latency.p99)} ms |
| latency max                               | ${fmt(pipelineLatency.max)} ms      | ${fmt(baseline.latency.max)} ms |

CPU per confirmation by process (2 cores give 2 ms of CPU per confirmation at 1,000/s)
${cpuTable(cpuPerConfirmation, cpuAtRate)}

PostgreSQL transactions per confirmation (fewer means more batching):
  throughput phase: ${formatPerDatabase(transactionsPerConfirmation)}
  at ${RATE}/s: ${formatPerDatabase(transactionsAtRate)}

CPU the host took from this VM during the throughput phase (steal): ${stolenPerSecond.toFixed(0)} ms per second

CPU per second with no load: ${idlePerSecond.map(([kind, ms]) => `${kind} ${ms.toFixed(0)} ms`).join(', ')}
`);
  } finally {
    await bench.stop();
  }
}

/**
 * The bench's callers, signed in through the real endpoints: workers by phone (codes from the development SMS
 * outbox; the system raises the per-address limits), a community staff member created by the bootstrap admin.
 * The admin imports the demo map first, and a warm-up report waits until reports knows it.
 */
async function signIn(gateway: string, smsOutbox: string): Promise<{ workers: string[]; staff: string }> {
  const admin = await signInWithPassword(gateway, DEVELOPMENT_ADMIN.username, DEVELOPMENT_ADMIN.password);
  await admin.call('POST', '/api/v1/areas/import', DEMO_AREAS);
  const { username, password, displayName, role } = DEMO_COMMUNITY_STAFF;
  await admin.call('POST', '/api/v1/staff', { username, password, displayName, role, scopes: DEMO_COMMUNITY_STAFF.scopes([]) });
  const staff = await signInWithPassword(gateway, username, password);
  const workers: string[] = [];
  await runPool(WORKERS, CONCURRENCY, async (i) => {
    const phone = `+86137${String(i).padStart(8, '0')}`;
    workers[i] = bearer(await signInByPhone(gateway, { phone, profile: DEMO_WORKER.profile, smsOutbox }));
  });
  const warmUpPhoto = (await post(gateway, '/api/v1/report-photos', workers[0], await cameraJpeg({ width: 16, height: 12 }))).id;
  await submitOnceMapped(new GatewaySession(gateway, workers[0].slice('Bearer '.length)), report(-1, warmUpPhoto));
  return { workers, staff: bearer(staff) };
}

const bearer = (session: GatewaySession) => `Bearer ${session.accessToken}`;
/** Inside a community of the Jiangxia demo map, which the bench imports. */
const report = (i: number, photoId: string) => ({
  category: 'littering',
  description: `bench report ${i}`,
  location: { lat: 30.34 + (i % 100) / 10_000, lng: 114.29, accuracyMeters: 10 },
  photoIds: [photoId],
});
const confirm = async (gateway: string, staff: string, reportId: string) => {
  await post(gateway, `/api/v1/reports/${reportId}/confirm`, staff, {});
};

/** POSTs `body` as JSON, or as it is when it is bytes (a photo). */
async function post(baseUrl: string, path: string, authorization: string, body: unknown): Promise<{ id: string }> {
  // undici's request rather than fetch: fetch costs about a millisecond of CPU per call, which the bench would
  // take from the 2 cores the pipeline runs on.
  const bytes = Buffer.isBuffer(body);
  const response = await request(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': bytes ? 'image/jpeg' : 'application/json', authorization },
    body: bytes ? body : JSON.stringify(body),
  });
  if (response.statusCode >= 300) throw new Error(`${path}: ${response.statusCode} ${await response.body.text()}`);
  return (await response.body.json()) as { id: string };
}

function cpuTable(throughputPhase: [string, number][], latencyPhase: [string, number][]): string {
  const atRate = new Map(latencyPhase);
  const total = (phase: [string, number][]) => phase.reduce((sum, [, ms]) => sum + ms, 0);
  return [
    `  ${'process'.padEnd(14)} ${'throughput phase'.padStart(16)} ${`at ${RATE}/s`.padStart(12)}`,
    ...throughputPhase.map(
      ([kind, ms]) =>
        `  ${kind.padEnd(14)} ${`${ms.toFixed(2)} ms`.padStart(16)} ${`${(atRate.get(kind) ?? NaN).toFixed(2)} ms`.padStart(12)}`,
    ),
    `  ${'total'.padEnd(14)} ${`${total(throughputPhase).toFixed(2)} ms`.padStart(16)} ${`${total(latencyPhase).toFixed(2)} ms`.padStart(12)}`,
  ].join('\n');
}

const formatPerDatabase = (perDatabase: [string, number][]) =>
  perDatabase
    .filter(([, count]) => count > 0)
    .map(([database, count]) => `${database} ${count.toFixed(2)}`)
    .join(', ');

const fmt = (value: number) => value.toFixed(value >= 100 ? 0 : 1).padStart(6);
const log = (message: string) => console.error(`[bench] ${message}`);

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
