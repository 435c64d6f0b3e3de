import { INestApplication } from '@nestjs/common';
import { closeApp, createScratchDatabase, databaseUrl, queryDatabase, startMessagingTestApp, waitFor } from '@waystation/testing';
import { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { MessagingRetention } from './messaging-retention';

/**
 * A service database whose outbox relay stands by: the test holds the relay's leader lock, as another replica
 * would, so the rows it writes stay exactly as written.
 */
async function startWithIdleRelay(intervalMs: number): Promise<{ app: INestApplication; database: string; release: () => Promise<void> }> {
  const serviceName = `messaging-it-retention-${uuidv7()}`;
  const database = await createScratchDatabase('messaging_retention');
  const leader = new Client({ connectionString: databaseUrl(database) });
  await leader.connect();
  await leader.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [`waystation.outbox-relay.${serviceName}`]);
  const app = await startMessagingTestApp({
    database,
    messaging: { serviceName, retention: { outboxDays: 7, inboxDays: 30, intervalMs } },
  });
  return { app, database, release: () => leader.end() };
}

const DAY_MS = 24 * 3_600_000;

/** An event id minted `daysAgo` days ago: ids are UUID v7, so their age is in them. */
const eventIdFrom = (daysAgo: number) => uuidv7({ msecs: Date.now() - daysAgo * DAY_MS });

async function addOutboxRow(database: string, daysAgo: number, published: boolean): Promise<string> {
  const id = eventIdFrom(daysAgo);
  await queryDatabase(
    database,
    `INSERT INTO outbox_messages (id, topic, message_key, event_type, event_version, envelope, published_at)
     VALUES ($1, 'reports.events', 'report-1', 'report.confirmed', 1, '{}', CASE WHEN $2 THEN now() END)`,
    [id, published],
  );
  return id;
}

/** Inbox rows for events minted `daysAgo` days ago (PostgreSQL 18's uuidv7 takes a shift). */
async function addInboxRows(database: string, daysAgo: number, count = 1): Promise<void> {
  await queryDatabase(
    database,
    `INSERT INTO inbox_messages (consumer_group, event_id, event_type)
     SELECT 'group', uuidv7(-make_interval(days => $1)), 'report.confirmed' FROM generate_series(1, $2)`,
    [daysAgo, count],
  );
}

const ids = async (database: string, sql: string) => (await queryDatabase<{ id: string }>(database, sql)).map(({ id }) => id).sort();
const countOf = async (database: string, sql: string) => Number((await queryDatabase<{ count: string }>(database, sql))[0].count);

describe(MessagingRetention.name, () => {
  let service: Awaited<ReturnType<typeof startWithIdleRelay>>;

  beforeAll(async () => {
    service = await startWithIdleRelay(3_600_000);
  }, 60_000);

  afterAll(async () => {
    await closeApp(service?.app);
    await service?.release();
  });

  it('deletes published outbox rows and inbox rows past their retention, and keeps the rest', async () => {
    const { database } = service;
    await addOutboxRow(database, 8, true);
    const oldPending = await addOutboxRow(database, 8, false);
    const recentPublished = await addOutboxRow(database, 6, true);
    await addInboxRows(database, 31);
    await addInboxRows(database, 29);

    const purged = await service.app.get(MessagingRetention).purge();

    expect(purged).toEqual({ outbox: 1, inbox: 1 });
    expect(await ids(database, 'SELECT id FROM outbox_messages')).toEqual([oldPending, recentPublished].sort());
    expect(await countOf(database, 'SELECT count(*) FROM inbox_messages')).toBe(1);
  });

  it('keeps deleting, batch after batch, until nothing old is left', async () => {
    const { database } = service;
    await addInboxRows(database, 40, 12_000);

    const purged = await service.app.get(MessagingRetention).purge();

    expect(purged.inbox).toBe(12_000);
    expect(await countOf(database, 'SELECT count(*) FROM inbox_messages')).toBe(1);
  });

  it('purges on its own, every interval', async () => {
    const frequent = await startWithIdleRelay(100);
    try {
      await addInboxRows(frequent.database, 31, 3);
      await addOutboxRow(frequent.database, 8, true);

      await waitFor(
        async () =>
          (await countOf(
            frequent.database,
            'SELECT (SELECT count(*) FROM inbox_messages) + (SELECT count(*) FROM outbox_messages) AS count',
          )) === 0,
        {
          description: 'the timer to purge the old rows',
        },
      );
    } finally {
      await closeApp(frequent.app);
      await frequent.release();
    }
  }, 60_000);
});
