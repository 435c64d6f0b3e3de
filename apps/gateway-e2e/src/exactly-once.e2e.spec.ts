import { ConsumerGroups, deadLetterTopic, Topics } from '@waystation/contracts';
import { WaystationSystem } from '@waystation/system';
import { creditPostingsPerReport, publishRaw, queryDatabase, readCounter, readTopic, startTestSystem, waitFor } from '@waystation/testing';
import { newStaffAccount, newWorkerAccount } from './accounts';
import { scenario } from './scenario';

const postingsFor = async (reportId: string) => Number((await creditPostingsPerReport([reportId]))[0]?.count ?? 0);

const duplicatesSeen = (system: WaystationSystem) =>
  readCounter(system.url('points'), 'waystation_events_consumed_total', { type: 'report.confirmed', outcome: 'duplicate' });

describe('a confirmed report credits points exactly once, whatever is redelivered or crashes', () => {
  let system: WaystationSystem;
  let steps: ReturnType<typeof scenario>;

  beforeAll(async () => {
    system = await startTestSystem();
    steps = scenario(system.url('gateway'));
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('credits once when report.confirmed is delivered twice', async () => {
    const worker = await newWorkerAccount(system.url('gateway'));
    const report = await steps.submitReport(worker);
    await steps.confirmReport(await newStaffAccount(system.url('gateway')), report.id);
    await steps.waitForBalance(worker, 5);

    // Republish the very message the reports service published (same id, key and headers).
    const [outboxRow] = await queryDatabase<{ envelope: object }>(
      'reports',
      `SELECT envelope FROM outbox_messages WHERE message_key = $1 AND event_type = 'report.confirmed'`,
      [report.id],
    );
    const before = await duplicatesSeen(system);
    await publishRaw(Topics.reports, [
      { key: report.id, value: JSON.stringify(outboxRow.envelope), headers: { type: 'report.confirmed', version: '1' } },
    ]);
    await waitFor(async () => (await duplicatesSeen(system)) > before, {
      description: 'points to receive the redelivery',
      timeoutMs: 20_000,
    });

    expect(await steps.balanceOf(worker)).toBe(5);
    expect(await postingsFor(report.id)).toBe(1);
  });

  it('credits once when the points service crashes after its transaction committed but before the offset commit', async () => {
    // Commit offsets only every 10 minutes, so the crash below certainly lands between the two commits.
    await system.restart('points', 'stop', { POINTS_COMMIT_INTERVAL_MS: '600000' });
    const worker = await newWorkerAccount(system.url('gateway'));
    const report = await steps.submitReport(worker);
    await steps.confirmReport(await newStaffAccount(system.url('gateway')), report.id);
    await steps.waitForBalance(worker, 5);

    await system.restart('points', 'kill');

    // The restarted consumer is handed report.confirmed again, recognises it and does nothing.
    await waitFor(async () => (await duplicatesSeen(system)) >= 1, { description: 'the redelivered report.confirmed', timeoutMs: 90_000 });
    expect(await steps.balanceOf(worker)).toBe(5);
    expect(await postingsFor(report.id)).toBe(1);
    const credits = await queryDatabase<{ count: string }>(
      'points',
      `SELECT count(*) FROM outbox_messages WHERE event_type = 'points.credited' AND envelope -> 'payload' ->> 'referenceId' = $1`,
      [report.id],
    );
    expect(Number(credits[0].count)).toBe(1);
  }, 150_000);

  it('dead-letters malformed messages and goes on with the next valid one on the same partition', async () => {
    const worker = await newWorkerAccount(system.url('gateway'));
    const report = await steps.submitReport(worker);
    // Same key as the report, so the poison sits right before its report.confirmed on one partition.
    await publishRaw(Topics.reports, [
      { key: report.id, value: 'this is not json {', headers: { type: 'report.confirmed' } },
      { key: report.id, value: JSON.stringify({ type: 'report.confirmed', version: 1, payload: {} }) },
    ]);
    await steps.confirmReport(await newStaffAccount(system.url('gateway')), report.id);
    await steps.waitForBalance(worker, 5);

    const deadLetters = await readTopic(
      deadLetterTopic(Topics.reports, ConsumerGroups.points),
      (messages) => messages.filter((message) => message.key === report.id).length >= 2,
    );
    const mine = deadLetters.filter((message) => message.key === report.id);
    expect(mine.map((message) => message.headers['dlq-reason'])).toEqual(['malformed-json', 'invalid-envelope']);
    expect(mine[0]).toMatchObject({
      value: 'this is not json {',
      headers: expect.objectContaining({
        type: 'report.confirmed',
        'dlq-original-topic': Topics.reports,
        'dlq-consumer-group': ConsumerGroups.points,
      }),
    });
    expect(mine[1].headers['dlq-error']).toContain('id');
  });
});
