import { INestApplication } from '@nestjs/common';
import { Topics } from '@waystation/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { closeApp, createScratchDatabase, queryDatabase, startMessagingTestApp, waitFor } from '@waystation/testing';
import { Inbox } from './inbox';

describe(Inbox.name, () => {
  const consumerGroup = `messaging-it-inbox-${uuidv7()}`;
  let database: string;
  let app: INestApplication;
  let sut: Inbox;

  /** The effect under exactly-once: a row in a table of the service, written in the inbox's transaction. */
  const applyEffect = (manager: EntityManager, eventId: string) => manager.query('INSERT INTO effects (event_id) VALUES ($1)', [eventId]);
  const countRows = async (sql: string, params: unknown[] = []) => (await queryDatabase(database, sql, params)).length;
  const effectsOf = (eventId: string) => countRows('SELECT 1 FROM effects WHERE event_id = $1', [eventId]);
  const inboxRowsOf = (eventId: string) =>
    countRows('SELECT 1 FROM inbox_messages WHERE consumer_group = $1 AND event_id = $2', [consumerGroup, eventId]);
  const sessionsWaitingForALock = () =>
    countRows(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
  const newEvent = () => ({ id: uuidv7(), type: 'report.confirmed' });

  beforeAll(async () => {
    database = await createScratchDatabase('messaging_inbox');
    app = await startMessagingTestApp({
      database,
      messaging: { serviceName: consumerGroup, consumer: { groupId: consumerGroup, topics: [Topics.reports] } },
    });
    await app.get(DataSource).query('CREATE TABLE effects (event_id uuid NOT NULL)');
    sut = app.get(Inbox);
  }, 60_000);

  afterAll(async () => {
    await closeApp(app);
  });

  it('answers duplicate to the second delivery of an event and does not apply its effect again', async () => {
    const event = newEvent();
    const effect = jest.fn((manager: EntityManager) => applyEffect(manager, event.id));

    const outcomes = [await sut.processOnce(event, effect), await sut.processOnce(event, effect)];

    expect(outcomes).toEqual(['processed', 'duplicate']);
    expect(effect).toHaveBeenCalledTimes(1);
    expect(await effectsOf(event.id)).toBe(1);
  });

  it('rolls back the inbox record with an effect that throws, so a retry applies the effect', async () => {
    const event = newEvent();

    await expect(
      sut.processOnce(event, async (manager) => {
        await applyEffect(manager, event.id);
        throw new Error('the ledger is locked');
      }),
    ).rejects.toThrow('the ledger is locked');
    expect(await inboxRowsOf(event.id)).toBe(0);
    expect(await effectsOf(event.id)).toBe(0);

    expect(await sut.processOnce(event, (manager) => applyEffect(manager, event.id))).toBe('processed');
    expect(await effectsOf(event.id)).toBe(1);
  });

  it('applies the effect of a batch once, to the events it has not seen: a processed one and a repeat within the batch are skipped', async () => {
    const seen = newEvent();
    const [first, second] = [newEvent(), newEvent()];
    await sut.processOnce(seen, (manager) => applyEffect(manager, seen.id));
    const effect = jest.fn(async (manager: EntityManager, fresh: { id: string }[]) => {
      for (const event of fresh) await applyEffect(manager, event.id);
    });

    const processed = await sut.processBatchOnce([first, seen, second, first], effect);

    expect(processed).toEqual([first, second]);
    expect(effect).toHaveBeenCalledTimes(1);
    expect(effect.mock.calls[0][1]).toEqual([first, second]);
    expect([await effectsOf(first.id), await effectsOf(seen.id), await effectsOf(second.id)]).toEqual([1, 1, 1]);
  });

  it('applies the effect of an event whose id is written in upper case, once', async () => {
    const event = { id: uuidv7().toUpperCase(), type: 'report.confirmed' };
    const effect = jest.fn((manager: EntityManager) => applyEffect(manager, event.id));

    const outcomes = [await sut.processOnce(event, effect), await sut.processOnce({ ...event, id: event.id.toLowerCase() }, effect)];

    expect(outcomes).toEqual(['processed', 'duplicate']);
    expect(await effectsOf(event.id)).toBe(1);
  });

  it('lets exactly one of two concurrent deliveries of an event apply its effect', async () => {
    const event = newEvent();
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstStarted = false;

    const first = sut.processOnce(event, async (manager) => {
      firstStarted = true;
      await applyEffect(manager, event.id);
      await firstMayCommit;
    });
    await waitFor(() => firstStarted, { description: 'the first delivery to be applying its effect' });
    const second = sut.processOnce(event, (manager) => applyEffect(manager, event.id));
    // The second delivery's insert waits on the first's uncommitted inbox row.
    await waitFor(async () => (await sessionsWaitingForALock()) === 1, { description: 'the second delivery to wait for the first' });
    releaseFirst();

    expect(await Promise.all([first, second])).toEqual(['processed', 'duplicate']);
    expect(await effectsOf(event.id)).toBe(1);
  });
});
