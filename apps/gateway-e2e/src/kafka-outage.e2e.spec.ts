import { startKafka, stopKafka } from '@waystation/infra';
import { WaystationSystem } from '@waystation/system';
import { creditPostingsPerReport, queryDatabase, readTestInfra, startTestSystem } from '@waystation/testing';
import { newStaffAccount, newWorkerAccount } from './accounts';
import { scenario } from './scenario';

describe('Kafka going away loses nothing', () => {
  let system: WaystationSystem;

  beforeAll(async () => {
    system = await startTestSystem();
  }, 120_000);

  afterAll(async () => {
    const { kafka } = readTestInfra();
    await startKafka(kafka); // leave the broker running for the specs after this one, whatever happened
    await system?.stop();
  }, 120_000);

  it('publishes and credits every report confirmed while the broker was down once it is back', async () => {
    const { kafka } = readTestInfra();
    const steps = scenario(system.url('gateway'));
    const worker = await newWorkerAccount(system.url('gateway'));
    const staff = await newStaffAccount(system.url('gateway'));

    await stopKafka(kafka.dataDir);
    const confirmed: string[] = [];
    for (let i = 0; i < 5; i++) {
      const report = await steps.submitReport(worker);
      await steps.confirmReport(staff, report.id);
      confirmed.push(report.id);
    }
    const pending = await queryDatabase<{ count: string }>(
      'reports',
      `SELECT count(*) FROM outbox_messages
        WHERE published_at IS NULL AND message_key = ANY($1) AND event_type IN ('report.submitted', 'report.confirmed')`,
      [confirmed],
    );
    // Whether the routing rules also dispatched them is not this spec's concern (other specs may change the rules).
    expect(Number(pending[0].count)).toBe(10); // submitted and confirmed for each, waiting in the outbox

    await startKafka(kafka);
    await steps.waitForBalance(worker, 25, 120_000);
    const postings = await creditPostingsPerReport(confirmed);
    expect(postings.map((row) => [row.id, Number(row.count)]).sort()).toEqual(confirmed.map((id) => [id, 1]).sort());
  }, 240_000);
});
