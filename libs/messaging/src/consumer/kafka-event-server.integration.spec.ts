import { Controller, INestApplication } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { deadLetterTopic, reportConfirmedV1, ReportConfirmedV1, reportRejectedV1, ReportRejectedV1, Topics } from '@waystation/contracts';
import request from 'supertest';
import { setTimeout as sleep } from 'node:timers/promises';
import { v7 as uuidv7 } from 'uuid';
import {
  closeApp,
  closeWithin,
  createScratchDatabase,
  publishEvents,
  publishRaw,
  type ReadMessage,
  readTopic,
  startMessagingTestApp,
  testKafka,
  waitFor,
} from '@waystation/testing';
import { ensureTopics } from '../kafka/ensure-topics';
import { KafkaConnection } from '../kafka/kafka-connection';
import { BatchEventPattern } from './batch-event-pattern';
import { EventContext } from './event-context';
import { KafkaEventServer } from './kafka-event-server';
import { PermanentEventError } from './permanent-event.error';

/** What the test handler does with an event; events without a script (other specs' events) are ignored. */
type Script =
  | 'succeed'
  | 'fail-twice'
  | 'always-fail'
  | 'fail-permanently'
  | 'take-half-a-second'
  | 'take-a-moment'
  | 'database-down-until-released'
  | 'hang-once';

/** Events whose dependency is back: a `database-down-until-released` handler succeeds for them. */
const released = new Set<string>();

const scripts = new Map<string, Script>();
const attempts = new Map<string, number>();
const handled = new Map<string, { partition: number; offset: string }>();

@Controller()
class ReportConfirmedTestHandler {
  @EventPattern(reportConfirmedV1.type)
  async handle(@Payload() event: ReportConfirmedV1, @Ctx() context: EventContext): Promise<void> {
    const script = scripts.get(event.id);
    if (!script) return;
    const attempt = (attempts.get(event.id) ?? 0) + 1;
    attempts.set(event.id, attempt);
    switch (script) {
      case 'fail-twice':
        if (attempt <= 2) throw new Error(`attempt ${attempt} failed`);
        break;
      case 'always-fail':
        throw new Error('the points ledger is unavailable');
      case 'fail-permanently':
        throw new PermanentEventError('the report is unknown here');
      case 'take-half-a-second':
        await sleep(500);
        break;
      case 'hang-once':
        // Longer than the consumer's handler timeout: a transaction stuck on a half-open connection, say.
        if (attempt === 1) await sleep(3_000);
        break;
      case 'database-down-until-released':
        // What node-postgres rejects with while the server is down.
        if (!released.has(event.id)) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
        break;
    }
    handled.set(event.id, { partition: context.partition, offset: context.offset });
  }
}

/** Each call of the batch handler: the ids of the scripted report.rejected events it was given, in order. */
const batchCalls: string[][] = [];

@Controller()
class ReportRejectedBatchTestHandler {
  @BatchEventPattern(reportRejectedV1.type)
  async handle(@Payload() events: ReportRejectedV1[]): Promise<void> {
    const scripted = events.filter((event) => scripts.has(event.id));
    if (scripted.length === 0) return;
    batchCalls.push(scripted.map((event) => event.id));
    const poison = scripted.find((event) => scripts.get(event.id) === 'fail-permanently');
    if (poison) throw new PermanentEventError(`report ${poison.payload.reportId} cannot be rejected here`);
    // A call that takes a moment, like a transaction does: runs that other partitions deliver meanwhile wait for the next.
    if (scripted.some((event) => scripts.get(event.id) === 'take-a-moment')) await sleep(100);
    for (const event of scripted) handled.set(event.id, { partition: -1, offset: '' });
  }
}

function reportRejected(script: Script, reportId: string): ReportRejectedV1 {
  const event = reportRejectedV1.create({
    aggregateId: reportId,
    correlationId: `messaging-it-${uuidv7()}`,
    producer: 'reports',
    payload: {
      reportId,
      reporterId: `worker-${uuidv7()}`,
      category: 'sanitation',
      rejectedBy: 'staff-messaging-it',
      reason: 'duplicate',
      rejectedAt: new Date().toISOString(),
    },
  });
  scripts.set(event.id, script);
  return event;
}

function reportConfirmed(script: Script, reportId = uuidv7()): ReportConfirmedV1 {
  const event = reportConfirmedV1.create({
    aggregateId: reportId,
    correlationId: `messaging-it-${uuidv7()}`,
    producer: 'reports',
    payload: {
      reportId,
      reporterId: `worker-${uuidv7()}`,
      category: 'sanitation',
      location: { lat: 30.3721, lng: 114.3217 },
      confirmedBy: 'staff-messaging-it',
      confirmedAt: new Date().toISOString(),
    },
  });
  scripts.set(event.id, script);
  return event;
}

/** The event id of a dead letter; other specs' poison messages (e.g. non-JSON) on the shared topic have none. */
function idOf(message: ReadMessage): string | undefined {
  try {
    return (JSON.parse(message.value ?? '{}') as { id?: string }).id;
  } catch {
    return undefined;
  }
}

const waitUntilHandled = (event: ReportConfirmedV1 | ReportRejectedV1) =>
  waitFor(() => handled.get(event.id), { description: `${event.id} to be handled` });

describe(KafkaEventServer.name, () => {
  const groupId = `messaging-it-consumer-${uuidv7()}`;
  const deadLetters = deadLetterTopic(Topics.reports, groupId);
  let sut: INestApplication;

  /** Reads the dead-letter topic (one partition: in the order they failed) until `event` is there. */
  const readDeadLettersUntil = (event: ReportConfirmedV1 | ReportRejectedV1) =>
    readTopic(deadLetters, (messages) => messages.some((message) => idOf(message) === event.id));

  beforeAll(async () => {
    const database = await createScratchDatabase('messaging_consumer');
    sut = await startMessagingTestApp({
      database,
      messaging: {
        serviceName: groupId,
        consumer: {
          groupId,
          topics: [Topics.reports],
          retry: { maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 50 },
          pause: { initialDelayMs: 20, maxDelayMs: 200 },
          handlerTimeoutMs: 1_500,
          // Offsets wait for the interval while running, so the close test proves that stopping commits them.
          commitIntervalMs: 600_000,
        },
      },
      controllers: [ReportConfirmedTestHandler, ReportRejectedBatchTestHandler],
      // Only the system's own groups get their dead-letter topics made for them; the broker creates none.
      beforeConsuming: (app) => ensureTopics(app.get(KafkaConnection).kafka, [{ topic: deadLetters, numPartitions: 1 }]),
    });
  }, 60_000);

  afterAll(async () => {
    await closeApp(sut);
  });

  it('retries a handler that fails twice, which then succeeds without being dead-lettered', async () => {
    const reportId = uuidv7();
    const flaky = reportConfirmed('fail-twice', reportId);
    // Dead-lettered after the flaky one on the same partition: once it is parked, a dead letter for flaky would be too.
    const sentinel = reportConfirmed('fail-permanently', reportId);

    await publishEvents(Topics.reports, [flaky, sentinel]);

    await waitUntilHandled(flaky);
    expect(attempts.get(flaky.id)).toBe(3);
    expect((await readDeadLettersUntil(sentinel)).map(idOf)).not.toContain(flaky.id);
  });

  it('dead-letters an event whose handler still fails after maxAttempts, then handles the next event on its partition', async () => {
    const reportId = uuidv7();
    const poison = reportConfirmed('always-fail', reportId);
    const next = reportConfirmed('succeed', reportId);

    await publishEvents(Topics.reports, [poison, next]);

    await waitUntilHandled(next);
    expect(attempts.get(poison.id)).toBe(3);
    const deadLetter = (await readDeadLettersUntil(poison)).find((message) => idOf(message) === poison.id);
    expect(deadLetter).toMatchObject({
      key: reportId,
      headers: {
        type: 'report.confirmed',
        version: '1',
        'dlq-reason': 'handler-failed',
        'dlq-error': 'Error: the points ledger is unavailable',
        'dlq-original-topic': Topics.reports,
        'dlq-consumer-group': groupId,
      },
    });
    expect(JSON.parse(deadLetter?.value ?? '')).toEqual(poison);
  });

  it('dead-letters at once an event whose handler throws PermanentEventError', async () => {
    const event = reportConfirmed('fail-permanently');

    await publishEvents(Topics.reports, [event]);

    const deadLetter = (await readDeadLettersUntil(event)).find((message) => idOf(message) === event.id);
    expect(deadLetter?.headers).toMatchObject({
      'dlq-reason': 'handler-failed',
      'dlq-error': 'PermanentEventError: the report is unknown here',
    });
    expect(attempts.get(event.id)).toBe(1);
  });

  it('hands a batch handler the consecutive events of its type together, in partition order', async () => {
    const reportId = uuidv7();
    const events = Array.from({ length: 5 }, () => reportRejected('succeed', reportId));

    // One produce request: the five arrive in one record batch, so in one fetch.
    await publishEvents(Topics.reports, events);

    await waitUntilHandled(events[4]);
    const calls = batchCalls.filter((ids) => ids.some((id) => events.some((event) => event.id === id)));
    expect(calls).toEqual([events.map((event) => event.id)]);
  });

  it('hands the runs of partitions consumed at once to a batch handler in one call, each run in partition order', async () => {
    const partitions = [0, 1, 2, 3, 4, 5];
    const runs = partitions.map(() => {
      const reportId = uuidv7();
      return [reportRejected('take-a-moment', reportId), reportRejected('take-a-moment', reportId)];
    });

    // One produce request across six partitions: one fetch brings them all, and kafkajs consumes them at once.
    await publishRaw(
      Topics.reports,
      runs.flatMap((run, index) =>
        run.map((event) => ({
          partition: partitions[index],
          key: event.aggregateId,
          value: JSON.stringify(event),
          headers: { type: event.type, version: '1' },
        })),
      ),
    );

    await Promise.all(runs.flat().map(waitUntilHandled));
    const ids = new Set(runs.flat().map((event) => event.id));
    const calls = batchCalls.filter((call) => call.some((id) => ids.has(id)));
    expect(calls.flat().sort()).toEqual([...ids].sort());
    expect(calls.length).toBeLessThan(runs.length);
    for (const [first, second] of runs) {
      const call = calls.find((candidate) => candidate.includes(first.id)) ?? [];
      expect(call.indexOf(second.id)).toBeGreaterThan(call.indexOf(first.id));
    }
  });

  it('retries the events of a failed batch one at a time, dead-letters only the poison one and handles the others', async () => {
    const reportId = uuidv7();
    const [before, poison, after] = [
      reportRejected('succeed', reportId),
      reportRejected('fail-permanently', reportId),
      reportRejected('succeed', reportId),
    ];

    await publishEvents(Topics.reports, [before, poison, after]);

    await waitUntilHandled(after);
    expect(handled.has(before.id)).toBe(true);
    const calls = batchCalls.filter((ids) => ids.some((id) => [before.id, poison.id, after.id].includes(id)));
    expect(calls).toEqual([[before.id, poison.id, after.id], [before.id], [poison.id], [after.id]]);
    const deadLetter = (await readDeadLettersUntil(poison)).find((message) => idOf(message) === poison.id);
    expect(deadLetter?.headers).toMatchObject({ type: 'report.rejected', 'dlq-reason': 'handler-failed' });
    expect(handled.has(poison.id)).toBe(false);
  });

  it('pauses a partition while its database is down, retries past maxAttempts without dead-lettering, and goes on once it is back', async () => {
    const reportId = uuidv7();
    const blocked = reportConfirmed('database-down-until-released', reportId);
    // After the blocked one on its partition: dead-lettered only once the blocked one is through.
    const sentinel = reportConfirmed('fail-permanently', reportId);
    const elsewhere = reportConfirmed('succeed');
    const message = (event: ReportConfirmedV1, partition: number) => ({
      partition,
      key: event.aggregateId,
      value: JSON.stringify(event),
      headers: { type: event.type, version: '1' },
    });

    await publishRaw(Topics.reports, [message(blocked, 0), message(sentinel, 0), message(elsewhere, 1)]);

    await waitFor(() => ((attempts.get(blocked.id) ?? 0) > 4 ? true : undefined), {
      description: 'more attempts at the blocked event than maxAttempts',
      timeoutMs: 30_000,
    });
    await waitUntilHandled(elsewhere);
    // Readiness is cached for a moment: wait for a fresh answer.
    const pausedOnPartition0 = async () =>
      (
        (await request(sut.getHttpServer()).get('/health/ready')).body.details.consumer.pausedPartitions as {
          topic: string;
          partition: number;
          reason: string;
        }[]
      ).find((paused) => paused.topic === Topics.reports && paused.partition === 0);
    expect(await waitFor(pausedOnPartition0, { description: 'readiness to list the paused partition' })).toMatchObject({
      reason: 'database-unavailable',
    });
    expect(handled.has(sentinel.id)).toBe(false);

    released.add(blocked.id);

    await waitUntilHandled(blocked);
    const deadLetters = await readDeadLettersUntil(sentinel);
    expect(deadLetters.map(idOf)).not.toContain(blocked.id);
    await waitFor(async () => ((await pausedOnPartition0()) === undefined ? true : undefined), {
      description: 'readiness to stop listing the partition',
    });
  });

  it('stops waiting for a handler past its timeout and tries the event again, without dead-lettering it', async () => {
    const reportId = uuidv7();
    const stuck = reportConfirmed('hang-once', reportId);
    const sentinel = reportConfirmed('fail-permanently', reportId);

    await publishEvents(Topics.reports, [stuck, sentinel]);

    const deadLetters = await readDeadLettersUntil(sentinel);
    expect(attempts.get(stuck.id)).toBeGreaterThanOrEqual(2);
    expect(handled.has(stuck.id)).toBe(true);
    expect(deadLetters.map(idOf)).not.toContain(stuck.id);
  });

  it('dead-letters as forged-producer an envelope whose producer does not own the topic, never handling it', async () => {
    const forged = reportConfirmedV1.create({ ...reportConfirmed('succeed'), occurredAt: new Date(), producer: 'points' });
    scripts.set(forged.id, 'succeed');

    await publishEvents(Topics.reports, [forged]);

    const deadLetter = (await readDeadLettersUntil(forged)).find((candidate) => idOf(candidate) === forged.id);
    expect(deadLetter?.headers).toMatchObject({
      'dlq-reason': 'forged-producer',
      'dlq-error': 'reports.events is written by reports only, not by "points"',
    });
    expect(handled.has(forged.id)).toBe(false);
  });

  it('closes without hanging while the relay runs and a handler is in flight, letting the handler finish and committing its offset', async () => {
    const event = reportConfirmed('take-half-a-second');
    await publishEvents(Topics.reports, [event]);
    await waitFor(() => attempts.get(event.id), { description: `${event.id} to be in its handler` });

    await closeWithin(sut, 15_000);

    const finished = handled.get(event.id);
    expect(finished).toBeDefined();
    const admin = testKafka('messaging-it').admin();
    await admin.connect();
    try {
      const [committed] = await admin.fetchOffsets({ groupId, topics: [Topics.reports] });
      expect(committed.partitions.find((entry) => entry.partition === finished?.partition)?.offset).toBe(
        String(Number(finished?.offset) + 1),
      );
    } finally {
      await admin.disconnect();
    }
  });
});
