import { MAX_PHOTOS_PER_REPORT } from '@waystation/contracts';
import { startKafka, stopKafka } from '@waystation/infra';
import { WaystationSystem } from '@waystation/system';
import { queryDatabase, readTestInfra, startTestSystem } from '@waystation/testing';
import { newStaffAccount, newWorkerAccount, newWorkerAccounts } from './accounts';
import { jiangxiaReport, scenario } from './scenario';

const SUBMISSIONS = 480;
const IN_FLIGHT = 16;

/** As large as the API lets a report be: the longest description, and the most photos. */
const largestReport = {
  ...jiangxiaReport,
  description: '文化大道公交站旁垃圾桶满溢，'.repeat(142).slice(0, 2_000),
};

describe('large events never wedge the outbox relay', () => {
  let system: WaystationSystem;

  beforeAll(async () => {
    system = await startTestSystem();
  }, 120_000);

  afterAll(async () => {
    await startKafka(readTestInfra().kafka); // leave the broker running for the specs after this one, whatever happened
    await system?.stop();
  }, 120_000);

  it(`publishes a backlog of ${SUBMISSIONS} of the largest reports, then credits an ordinary confirmation once the broker is back`, async () => {
    const { kafka } = readTestInfra();
    const steps = scenario(system.url('gateway'));
    const reporters = await newWorkerAccounts(system.url('gateway'), 6);

    // The broker away while they are submitted: the outbox holds them all, and the relay meets them as one backlog.
    await stopKafka(kafka.dataDir);
    const submitted: string[] = [];
    for (let next = 0; next < SUBMISSIONS; next += IN_FLIGHT) {
      const wave = Array.from({ length: Math.min(IN_FLIGHT, SUBMISSIONS - next) }, (_, index) =>
        steps.submitReport(reporters[(next + index) % 6], largestReport, MAX_PHOTOS_PER_REPORT),
      );
      submitted.push(...(await Promise.all(wave)).map((report) => report.id));
    }
    const [backlog] = await queryDatabase<{ rows: string; bytes: string }>(
      'reports',
      `SELECT count(*) AS rows, sum(octet_length(envelope::text)) AS bytes FROM outbox_messages WHERE published_at IS NULL AND message_key = ANY($1)`,
      [submitted],
    );
    await startKafka(kafka);
    const brokerBack = Date.now();

    const worker = await newWorkerAccount(system.url('gateway'));
    const ordinary = await steps.submitReport(worker);
    await steps.confirmReport(await newStaffAccount(system.url('gateway')), ordinary.id);
    // The broker's restart costs the consumer groups a rejoin (up to their session and rebalance timeouts) before
    // anything is consumed; a wedged relay would never publish at all.
    await steps.waitForBalance(worker, 5, 120_000);
    const creditedAfterMs = Date.now() - brokerBack;

    const [pending] = await queryDatabase<{ count: string }>(
      'reports',
      'SELECT count(*) FROM outbox_messages WHERE published_at IS NULL AND message_key = ANY($1)',
      [submitted],
    );
    const [quarantined] = await queryDatabase<{ count: string }>('reports', 'SELECT count(*) FROM outbox_quarantine');
    console.log(
      `large events: backlog of ${backlog.rows} events (${(Number(backlog.bytes) / 1024 / 1024).toFixed(1)} MiB) published; ` +
        `${pending.count} left pending, ${quarantined.count} quarantined; the ordinary confirmation was credited ${creditedAfterMs} ms after the broker was back`,
    );
    expect(Number(backlog.rows)).toBe(SUBMISSIONS);
    expect(Number(pending.count)).toBe(0);
    expect(Number(quarantined.count)).toBe(0);
  }, 300_000);
});
