import { NotificationView } from '@waystation/http-api';
import { GatewayReplica, WaystationSystem } from '@waystation/system';
import {
  expectProblem,
  gatewayAs,
  type LiveEventsConnection,
  openLiveEvents,
  startSecondGateway,
  startTestSystem,
  type TestAccount,
  waitFor,
} from '@waystation/testing';
import { newStaffAccount, newWorkerAccount } from './accounts';
import { scenario } from './scenario';

const notificationsIn = (connection: LiveEventsConnection): NotificationView[] =>
  connection.events.map((event) => JSON.parse(event.data) as NotificationView);

describe('live updates reach a worker on whichever gateway replica they are connected to (GET /api/v1/me/events)', () => {
  let system: WaystationSystem;
  let replicaA: string;
  let replicaB: GatewayReplica;
  const open: LiveEventsConnection[] = [];
  const connect = async (...args: Parameters<typeof openLiveEvents>) => {
    const connection = await openLiveEvents(...args);
    open.push(connection);
    return connection;
  };

  beforeAll(async () => {
    system = await startTestSystem();
    replicaA = system.url('gateway');
    replicaB = await startSecondGateway(system);
  }, 180_000);

  afterAll(async () => {
    open.forEach((connection) => connection.close());
    await replicaB?.stop();
    await system?.stop();
  });

  it("sends replica B's client what happened through replica A, and after a reconnect with Last-Event-ID exactly what it missed", async () => {
    const steps = scenario(replicaA);
    const [worker, other, staff] = [await newWorkerAccount(replicaA), await newWorkerAccount(replicaA), await newStaffAccount(replicaA)];
    const inboxOf = async (account: TestAccount) =>
      (await gatewayAs(replicaA, account).get('/api/v1/me/notifications?limit=100').expect(200)).body.items as NotificationView[];
    const reject = async (account: TestAccount) =>
      gatewayAs(replicaA, staff)
        .post(`/api/v1/reports/${(await steps.submitReport(account)).id}/reject`)
        .send({ reasonCode: 'not-a-problem', note: '现场核查无需处理' })
        .expect(200);
    const live = await connect(replicaB.url, worker);
    const othersLive = await connect(replicaA, other);

    // Confirmed through replica A: the worker is told their report was confirmed, their points arrived and it was dispatched.
    await steps.confirmReport(staff, (await steps.submitReport(worker)).id);

    expect(live.status).toBe(200);
    expect(live.headers['content-type']).toMatch(/^text\/event-stream/);
    await live.waitForEvents(3);
    expect(live.retryMs).toEqual(expect.any(Number));
    expect(live.events.map(({ event }) => event)).toEqual(['notification', 'notification', 'notification']);
    expect(live.events.map(({ id }) => id)).toEqual(notificationsIn(live).map(({ id }) => id));
    expect(
      notificationsIn(live)
        .map(({ kind }) => kind)
        .sort(),
    ).toEqual(['points.credited', 'report.confirmed', 'report.dispatched']);
    // What the stream carried is the inbox's own view of each, oldest first.
    expect(notificationsIn(live)).toEqual((await inboxOf(worker)).reverse());

    live.close();
    await reject(worker);
    await reject(worker);
    const missed = await waitFor(
      async () => ((await inboxOf(worker)).length === 5 ? (await inboxOf(worker)).slice(0, 2).reverse() : undefined),
      {
        description: "the two rejections in the worker's inbox",
        timeoutMs: 30_000,
      },
    );
    const resumed = await connect(replicaB.url, worker, { lastEventId: live.events[2].id });
    // One more after the reconnect: once it arrives, anything sent twice or out of order would have shown before it.
    await reject(worker);
    await resumed.waitForEvents(3);

    const latest = (await inboxOf(worker))[0];
    expect(notificationsIn(resumed)).toEqual([...missed, latest]);
    expect(notificationsIn(resumed).map(({ kind }) => kind)).toEqual(['report.rejected', 'report.rejected', 'report.rejected']);

    // The other worker's stream, open all along on replica A, carried none of it; their own arrives.
    await steps.confirmReport(staff, (await steps.submitReport(other)).id);
    await othersLive.waitForEvents(3);
    expect(notificationsIn(othersLive)).toEqual((await inboxOf(other)).reverse());
    const workersIds = new Set([...notificationsIn(live), ...notificationsIn(resumed)].map(({ id }) => id));
    expect(notificationsIn(othersLive).filter(({ id }) => workersIds.has(id))).toEqual([]);
  }, 180_000);

  it('resumes after lastEventId in the query for clients that cannot set the header', async () => {
    const steps = scenario(replicaA);
    const [worker, staff] = [await newWorkerAccount(replicaA), await newStaffAccount(replicaA)];
    await steps.confirmReport(staff, (await steps.submitReport(worker)).id);
    const inbox = await waitFor(
      async () => {
        const items = (await gatewayAs(replicaA, worker).get('/api/v1/me/notifications').expect(200)).body.items as NotificationView[];
        return items.length === 3 ? items : undefined;
      },
      { description: "the worker's three notifications", timeoutMs: 30_000 },
    );
    const [newest, middle, oldest] = inbox;

    const live = await connect(replicaB.url, worker, { query: `?lastEventId=${oldest.id}` });

    await live.waitForEvents(2);
    expect(notificationsIn(live)).toEqual([middle, newest]);
  }, 120_000);

  it('refuses a caller without a token (401) and a Last-Event-ID that is not a notification id (400), as problem+json', async () => {
    const worker = await newWorkerAccount(replicaA);

    expectProblem(await connect(replicaB.url), 401, 'sign-in-required');
    const badResume = await connect(replicaB.url, worker, { lastEventId: 'yesterday' });
    expectProblem(badResume, 400, 'validation-failed');
    expect(badResume.body).toMatchObject({ errors: [expect.objectContaining({ field: 'Last-Event-ID' })] });
  }, 60_000);

  it('holds at most 5 streams per account on a replica, and frees a place when one closes', async () => {
    const worker = await newWorkerAccount(replicaA);
    const streams = await Promise.all(Array.from({ length: 5 }, () => connect(replicaB.url, worker)));
    expect(streams.map(({ status }) => status)).toEqual([200, 200, 200, 200, 200]);

    const oneTooMany = await connect(replicaB.url, worker);
    expectProblem(oneTooMany, 429, 'too-many-streams');
    expect(oneTooMany.headers['retry-after']).toMatch(/^\d+$/);
    // The limit is per replica: the other one still takes the account.
    expect((await connect(replicaA, worker)).status).toBe(200);

    streams[0].close();
    const again = await waitFor(
      async () => {
        const attempt = await connect(replicaB.url, worker);
        return attempt.status === 200 ? attempt : undefined;
      },
      { description: 'a place freed by the closed stream', timeoutMs: 30_000 },
    );
    expect(again.headers['content-type']).toMatch(/^text\/event-stream/);
  }, 60_000);
});
