import { AnyEvent, reportConfirmedV2, reportSubmittedV2, Topics } from '@waystation/contracts';
import { connectionUrl, kafkaClient } from '@waystation/infra';
import { Pool } from 'pg';
import { logLevel } from 'kafkajs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { startBenchSystem } from './bench-system';
import { loadCreditsBenchConfig } from './credits-bench.config';
import { INSERT_ONE_ROW, statementLoop } from './single-row-inserts';
import { watchCredits } from './credit-watch';
import { committedTransactions, transactionsPerUnit } from './postgres-transactions';

/**
 * `npm run bench:credits`: how fast points drains a backlog of reports from Kafka — each submitted (reserving its
 * points) and confirmed (earning them) — beside single-row INSERTs into the same PostgreSQL in the same run.
 */
const { BENCH_CREDITS_COUNT: COUNT, BENCH_CREDITS_WORKERS: WORKERS } = loadCreditsBenchConfig();
const TARGET_PER_SECOND = 3_000;
/** The baseline loop: 16 connections (group commit helps it as it helps points), for about as long as a drain takes. */
const INSERT_CONNECTIONS = 16;
const INSERT_SECONDS = 10;

async function main(): Promise<void> {
  const bench = await startBenchSystem({
    name: 'bench-credits',
    ports: { postgres: 25632, kafka: 29292, kafkaController: 29293 },
    portOffset: 2_900,
  });
  const { system } = bench;
  const { postgres, kafka } = bench.infra;
  try {
    await system.app('points').stop();
    log(`publishing ${COUNT} reports of ${WORKERS} workers, each submitted and confirmed, with points stopped…`);
    const reportIds = await publishBacklog(kafka);
    const credits = await watchCredits(kafka);
    const transactionsBefore = await committedTransactions(postgres, ['points']);
    const started = performance.now();
    await system.restart('points', 'stop');
    const lastCredit = await credits.allSeen(reportIds);
    const firstCredit = Math.min(...reportIds.map((id) => credits.seenAt(id) ?? NaN));
    await credits.stop();
    const [[, transactionsPerCredit]] = transactionsPerUnit(transactionsBefore, await committedTransactions(postgres, ['points']), COUNT);
    const drainedPerSecond = ((COUNT - 1) / (lastCredit - firstCredit)) * 1_000;
    const startToLastSeconds = (lastCredit - started) / 1_000;

    log(`baseline: single-row INSERTs into the points database for ${INSERT_SECONDS} s, on ${INSERT_CONNECTIONS} connections…`);
    const pointsDb = new Pool({ connectionString: connectionUrl(postgres, 'points'), max: INSERT_CONNECTIONS });
    const insertsPerSecond = await statementLoop(pointsDb, INSERT_SECONDS, INSERT_CONNECTIONS, INSERT_ONE_ROW)
      .then((result) => result.perSecond)
      .finally(() => pointsDb.end());

    console.log(`
Waystation points: a backlog of ${COUNT} reports (${2 * COUNT} events: report.submitted reserves, report.confirmed earns)
| measure                                        | per second          |
| ---------------------------------------------- | ------------------- |
| credits drained (first to last points.credited) | ${fmt(drainedPerSecond)} credits/s (target ≥ ${TARGET_PER_SECOND}) |
| single-row INSERTs, same database, same run     | ${fmt(insertsPerSecond)} rows/s (${INSERT_CONNECTIONS} connections, autocommit) |
credits drained per single-row INSERT: ${(drainedPerSecond / insertsPerSecond).toFixed(2)}
points' PostgreSQL transactions per credit (each report's two events included; fewer means bigger runs): ${transactionsPerCredit.toFixed(3)}
from points' restart to the last credit: ${startToLastSeconds.toFixed(1)} s (the consumer group's rejoin included)
`);
  } finally {
    await bench.stop();
  }
}

/** Submissions and confirmations of `COUNT` reports, as the reports service's relay publishes them. */
async function publishBacklog(kafka: Parameters<typeof kafkaClient>[0]): Promise<string[]> {
  const submittedTemplate = fixturePayload('report-submitted.v2');
  const confirmedTemplate = fixturePayload('report-confirmed.v2');
  const reportIds: string[] = [];
  const events: AnyEvent[] = [];
  for (let i = 0; i < COUNT; i++) {
    const reportId = uuidv7();
    const reporterId = `bench-worker-${i % WORKERS}`;
    const at = new Date().toISOString();
    const correlationId = `bench-credits-${i}`;
    reportIds.push(reportId);
    events.push(
      reportSubmittedV2.create({
        aggregateId: reportId,
        correlationId,
        producer: 'reports',
        payload: { ...submittedTemplate, reportId, reporterId, capturedAt: at, submittedAt: at } as never,
      }),
      reportConfirmedV2.create({
        aggregateId: reportId,
        correlationId,
        producer: 'reports',
        payload: { ...confirmedTemplate, reportId, reporterId, capturedAt: at, confirmedAt: at } as never,
      }),
    );
  }
  const producer = kafkaClient(kafka, 'bench-credits', logLevel.NOTHING).producer({ idempotent: true });
  await producer.connect();
  try {
    for (let offset = 0; offset < events.length; offset += 1_000) {
      await producer.send({
        topic: Topics.reports,
        messages: events.slice(offset, offset + 1_000).map((event) => ({
          key: event.aggregateId,
          value: JSON.stringify(event),
          headers: { type: event.type, version: String(event.version) },
        })),
      });
    }
  } finally {
    await producer.disconnect();
  }
  return reportIds;
}

function fixturePayload(name: string): Record<string, unknown> {
  const path = join(__dirname, '..', '..', 'libs', 'contracts', 'src', 'events', 'fixtures', `${name}.json`);
  return JSON.parse(readFileSync(path, 'utf8')).payload;
}

const fmt = (value: number) => value.toFixed(0).padStart(6);
const log = (message: string) => console.error(`[bench:credits] ${message}`);

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
