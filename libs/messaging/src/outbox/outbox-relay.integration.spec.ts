import { INestApplication } from '@nestjs/common';
import { departmentReportsTopic, reportSubmittedV1, ReportSubmittedV1, Topics } from '@waystation/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  closeApp,
  closeWithin,
  createScratchDatabase,
  queryDatabase,
  type ReadMessage,
  readTopic,
  startMessagingTestApp,
  waitFor,
} from '@waystation/testing';
import { Outbox } from './outbox';
import { OutboxRelay } from './outbox-relay';

// No service handles report.submitted, so what these specs publish changes no other spec's data.
function reportSubmitted(reportId: string): ReportSubmittedV1 {
  return reportSubmittedV1.create({
    aggregateId: reportId,
    correlationId: `messaging-it-${uuidv7()}`,
    producer: 'reports',
    payload: {
      reportId,
      reporterId: `worker-${uuidv7()}`,
      category: 'sanitation',
      description: 'Overflowing bins by the station',
      location: { lat: 30.3721, lng: 114.3217 },
      submittedAt: new Date().toISOString(),
    },
  });
}

/** A valid event made larger than anything the API lets through, as a defect or a bypassed check might make one. */
function oversized(reportId: string, bytes: number): ReportSubmittedV1 {
  const event = reportSubmitted(reportId);
  return { ...event, payload: { ...event.payload, description: 'x'.repeat(bytes) } };
}

const write = (app: INestApplication, ...events: ReportSubmittedV1[]) =>
  app.get(DataSource).transaction((manager) => app.get(Outbox).add(manager, ...events));

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

const idsOf = (messages: ReadMessage[]) => messages.map((message) => (JSON.parse(message.value ?? '{}') as { id: string }).id);

/** Reads `Topics.reports` until `count` messages keyed `key` arrived; returns those, in partition order. */
const readKeyed = async (key: string, count: number) =>
  (await readTopic(Topics.reports, (messages) => messages.filter((message) => message.key === key).length >= count)).filter(
    (message) => message.key === key,
  );

const publishedAt = async (database: string, id: string) =>
  (await queryDatabase<{ published_at: Date | null }>(database, 'SELECT published_at FROM outbox_messages WHERE id = $1', [id]))[0]
    ?.published_at;

/** Sessions holding an advisory lock in the database: the relay's leader lock is the only one taken there. */
const advisoryLockHolders = async (database: string) =>
  (
    await queryDatabase<{ pid: number }>(
      database,
      `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = $1)`,
      [database],
    )
  ).map((row) => row.pid);

describe(OutboxRelay.name, () => {
  const serviceName = `messaging-it-relay-${uuidv7()}`;
  let database: string;
  let sut: INestApplication;

  beforeAll(async () => {
    database = await createScratchDatabase('messaging_relay');
    // A poll a minute apart: anything published within seconds was woken by NOTIFY.
    sut = await startMessagingTestApp({ database, messaging: { serviceName, relay: { pollIntervalMs: 60_000 } } });
  }, 60_000);

  afterAll(async () => {
    await closeApp(sut);
  });

  it('publishes committed events to their topic, keyed by aggregate id, with type and version headers, in insertion order', async () => {
    const reportId = uuidv7();
    // Ids are time-ordered uuid v7s: writing the events newest first shows the relay follows insertion, not ids.
    const events = Array.from({ length: 50 }, () => reportSubmitted(reportId)).reverse();
    for (const transaction of chunks(events, 10)) await write(sut, ...transaction);

    const messages = await readKeyed(reportId, events.length);

    expect(idsOf(messages)).toEqual(events.map((event) => event.id));
    expect(JSON.parse(messages[0].value ?? '')).toEqual(events[0]);
    expect(messages[0].headers).toEqual({
      type: 'report.submitted',
      version: '1',
      'correlation-id': events[0].correlationId,
      producer: serviceName,
    });
  });

  it('publishes copies recorded for another topic there too, with the same envelope and key, once per topic', async () => {
    const reportId = uuidv7();
    const event = reportSubmitted(reportId);
    const copiesTopic = departmentReportsTopic('sanitation');

    await sut.get(DataSource).transaction(async (manager) => {
      await sut.get(Outbox).add(manager, event);
      await sut.get(Outbox).addCopies(manager, copiesTopic, event);
    });
    const copies = (await readTopic(copiesTopic, (messages) => messages.some((message) => message.key === reportId))).filter(
      (message) => message.key === reportId,
    );

    expect(idsOf(await readKeyed(reportId, 1))).toEqual([event.id]);
    expect(copies.map((message) => JSON.parse(message.value ?? ''))).toEqual([event]);
    await expect(sut.get(DataSource).transaction((manager) => sut.get(Outbox).addCopies(manager, copiesTopic, event))).rejects.toThrow(
      /duplicate key/,
    );
  });

  it('never publishes an event whose transaction rolled back', async () => {
    const reportId = uuidv7();
    const rolledBack = reportSubmitted(reportId);
    const committed = reportSubmitted(reportId);

    await expect(
      sut.get(DataSource).transaction(async (manager) => {
        await sut.get(Outbox).add(manager, rolledBack);
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    await write(sut, committed);

    // Same key, same partition: had the rolled-back event been published, it would come before the committed one.
    expect(idsOf(await readKeyed(reportId, 1))).toEqual([committed.id]);
    expect(await queryDatabase(database, 'SELECT id FROM outbox_messages WHERE id = $1', [rolledBack.id])).toEqual([]);
  });

  it('is woken by NOTIFY: publishes a committed event within 2 s although it polls once a minute', async () => {
    await waitFor(async () => (await queryDatabase(database, 'SELECT id FROM outbox_messages WHERE published_at IS NULL')).length === 0, {
      description: 'the relay to have published everything and gone idle',
    });
    const event = reportSubmitted(uuidv7());

    await write(sut, event);

    await waitFor(() => publishedAt(database, event.id), { description: `${event.id} to be published`, timeoutMs: 2_000, intervalMs: 50 });
  });

  it('publishes a backlog of one aggregate larger than one produce request may be, in order', async () => {
    const reportId = uuidv7();
    // 300 events of about 6 KiB on one partition: 1.8 MiB, over the broker's 1 MiB message.max.bytes as one batch.
    const events = Array.from({ length: 300 }, () => {
      const event = reportSubmitted(reportId);
      return { ...event, payload: { ...event.payload, description: '文化大道公交站旁垃圾桶满溢'.repeat(160) } };
    });

    await write(sut, ...events);

    const messages = await readKeyed(reportId, events.length);
    expect(idsOf(messages)).toEqual(events.map((event) => event.id));
  });

  it('quarantines a row Kafka refuses for good, publishes the rows behind it in order, and says so in readiness', async () => {
    const reportId = uuidv7();
    const [before, tooLarge, after] = [reportSubmitted(reportId), oversized(reportId, 2 * 1024 * 1024), reportSubmitted(reportId)];

    await write(sut, before, tooLarge, after);

    expect(idsOf(await readKeyed(reportId, 2))).toEqual([before.id, after.id]);
    const [quarantined] = await queryDatabase<{ id: string; event_type: string; reason: string }>(
      database,
      'SELECT id, event_type, reason FROM outbox_quarantine',
    );
    expect(quarantined).toEqual({ id: tooLarge.id, event_type: 'report.submitted', reason: expect.stringContaining('MESSAGE_TOO_LARGE') });
    expect(await queryDatabase(database, 'SELECT id FROM outbox_messages WHERE id = $1', [tooLarge.id])).toEqual([]);
    // Readiness is cached for a moment: wait for a fresh answer.
    const outbox = () =>
      waitFor(
        async () => {
          const { body } = await request(sut.getHttpServer()).get('/health/ready').expect(200);
          return body.details.outbox.quarantined === 1 ? body.details.outbox : undefined;
        },
        { description: 'readiness to count the quarantined row' },
      );
    expect(await outbox()).toEqual({ status: 'up', role: 'leader', quarantined: 1 });
  });

  describe('with two instances of the service on one database', () => {
    const pairServiceName = `messaging-it-relay-pair-${uuidv7()}`;
    let pairDatabase: string;
    let leader: INestApplication;
    let standby: INestApplication;

    beforeAll(async () => {
      pairDatabase = await createScratchDatabase('messaging_relay_pair');
      const messaging = { serviceName: pairServiceName, relay: { pollIntervalMs: 60_000 } };
      leader = await startMessagingTestApp({ database: pairDatabase, messaging });
      await waitFor(async () => (await advisoryLockHolders(pairDatabase)).length === 1, { description: 'the first instance to lead' });
      standby = await startMessagingTestApp({ database: pairDatabase, messaging });
      // Once an event went out, the relays are warm: a standby that published too would race the leader from now on.
      const warmUp = reportSubmitted(uuidv7());
      await write(standby, warmUp);
      await waitFor(() => publishedAt(pairDatabase, warmUp.id), { description: 'the warm-up event to be published' });
    }, 60_000);

    afterAll(async () => {
      await Promise.all([closeApp(leader), closeApp(standby)]);
    });

    it('publishes every event once and in order, with one instance holding the leader lock', async () => {
      const reportId = uuidv7();
      const events = Array.from({ length: 30 }, () => reportSubmitted(reportId));
      // Either instance writes; only the leader publishes.
      for (const [index, transaction] of chunks(events, 5).entries()) await write(index % 2 ? standby : leader, ...transaction);

      const messages = await readKeyed(reportId, events.length);

      expect(idsOf(messages)).toEqual(events.map((event) => event.id));
      expect(await advisoryLockHolders(pairDatabase)).toHaveLength(1);
    });

    it('hands over to the standby when the leader closes: new events are published within seconds', async () => {
      const [leaderPid] = await advisoryLockHolders(pairDatabase);
      await closeWithin(leader, 10_000);
      const event = reportSubmitted(uuidv7());

      await write(standby, event);

      // The standby tries the lock every 2 s.
      await waitFor(() => publishedAt(pairDatabase, event.id), { description: `the standby to publish ${event.id}`, timeoutMs: 5_000 });
      expect(idsOf(await readKeyed(event.aggregateId, 1))).toEqual([event.id]);
      const holders = await advisoryLockHolders(pairDatabase);
      expect(holders).toHaveLength(1);
      expect(holders[0]).not.toBe(leaderPid);
    });

    it("goes on publishing within seconds when the leader's connection is killed, with one leader again", async () => {
      // The leader of the test before is the only instance left; a fresh one stands by.
      const third = await startMessagingTestApp({
        database: pairDatabase,
        messaging: { serviceName: pairServiceName, relay: { pollIntervalMs: 60_000 } },
      });
      try {
        const [leaderPid] = await advisoryLockHolders(pairDatabase);
        await queryDatabase(pairDatabase, 'SELECT pg_terminate_backend($1)', [leaderPid]);
        const event = reportSubmitted(uuidv7());

        await write(third, event);

        await waitFor(() => publishedAt(pairDatabase, event.id), { description: `a relay to publish ${event.id}`, timeoutMs: 5_000 });
        const holders = await advisoryLockHolders(pairDatabase);
        expect(holders).toHaveLength(1);
        expect(holders[0]).not.toBe(leaderPid);
      } finally {
        await closeApp(third);
      }
    });
  });
});
