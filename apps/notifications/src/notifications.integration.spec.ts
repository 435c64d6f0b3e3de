import { INestApplication } from '@nestjs/common';
import { accountClosedV1, Actor, Page, pointsCreditedV1, reportConfirmedV1, Topics } from '@waystation/contracts';
import { NotificationView } from '@waystation/http-api';
import {
  describeCallerVerification,
  newWorker,
  publishEvents,
  queryDatabase,
  serviceAs,
  startServiceUnderTest,
  waitFor,
} from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from './app.module';
import { notificationsConfigSchema } from './config/notifications.config';
import { AccountErasure } from './accounts/account-erasure.service';
import { NotificationDelivery } from './notifications/notification-delivery.service';

/**
 * The notifications service in this process, consuming the run's real Kafka into its own scratch database. Its
 * consumer group is the real one, so only this spec may run a notifications consumer during the run.
 */
let database: string;
let sut: INestApplication;

const as = (actor?: Actor) => serviceAs(sut.getHttpServer(), actor);

const inboxOf = async (worker: Actor, query = ''): Promise<Page<NotificationView>> =>
  (await as(worker).get(`/notifications${query}`).expect(200)).body;

const waitForInbox = (worker: Actor, size: number) =>
  waitFor(async () => ((await inboxOf(worker)).items.length >= size ? true : undefined), {
    description: `${worker.id} to have ${size} notifications`,
    timeoutMs: 30_000,
  });

function reportConfirmed(reporter: Actor, reportId = uuidv7()) {
  return reportConfirmedV1.create({
    correlationId: 'notifications-it',
    producer: 'reports',
    aggregateId: reportId,
    payload: {
      reportId,
      reporterId: reporter.id,
      category: 'sanitation',
      location: { lat: 30.3721, lng: 114.3217 },
      confirmedBy: 'staff-it',
      confirmedAt: new Date().toISOString(),
    },
  });
}

function pointsCredited(worker: Actor, reportId: string) {
  return pointsCreditedV1.create({
    correlationId: 'notifications-it',
    producer: 'points',
    aggregateId: worker.id,
    payload: {
      transactionId: uuidv7(),
      accountId: worker.id,
      amount: 10,
      balanceAfter: 10,
      reason: 'report.confirmed',
      referenceId: reportId,
      sourceEventId: uuidv7(),
      creditedAt: new Date().toISOString(),
    },
  });
}

function accountClosed(worker: Actor) {
  return accountClosedV1.create({
    correlationId: 'notifications-it',
    producer: 'gateway',
    aggregateId: worker.id,
    payload: { accountId: worker.id, closedAt: new Date().toISOString() },
  });
}

const storedFor = async (worker: Actor) =>
  Number(
    (await queryDatabase<{ count: string }>(database, 'SELECT count(*) FROM notifications WHERE recipient_id = $1', [worker.id]))[0].count,
  );

beforeAll(async () => {
  ({ app: sut, database } = await startServiceUnderTest((env) => AppModule.forRoot(notificationsConfigSchema.parse(env)), {
    databaseVariable: 'NOTIFICATIONS_DATABASE_URL',
    consumesEvents: true,
  }));
}, 60_000);

afterAll(async () => {
  await sut?.close();
});

describe(NotificationDelivery.name, () => {
  it('tells the worker in Chinese that their report was confirmed and their points arrived, once each when delivered twice', async () => {
    const worker = newWorker();
    const confirmed = reportConfirmed(worker);
    const credited = pointsCredited(worker, confirmed.payload.reportId);
    // A later event on each partition: once it shows, both deliveries before it were handled.
    const [markerA, markerB] = [newWorker(), newWorker()];

    await publishEvents(Topics.reports, [confirmed, confirmed, reportConfirmed(markerA)], confirmed.aggregateId);
    await publishEvents(Topics.points, [credited, credited, pointsCredited(markerB, uuidv7())], credited.aggregateId);

    await waitForInbox(markerA, 1);
    await waitForInbox(markerB, 1);
    const { items, nextCursor } = await inboxOf(worker);
    expect(nextCursor).toBeNull();
    expect(
      items
        .map(({ kind, title, body, data, readAt }) => ({ kind, title, body, data, readAt }))
        .sort((a, b) => a.kind.localeCompare(b.kind)),
    ).toEqual([
      {
        kind: 'points.credited',
        title: '积分到账 +10',
        body: '您获得 10 积分，当前共 10 积分。',
        data: { amount: 10, balanceAfter: 10, referenceId: confirmed.payload.reportId, transactionId: credited.payload.transactionId },
        readAt: null,
      },
      {
        kind: 'report.confirmed',
        title: '您的随手拍已确认',
        body: expect.stringContaining('环境卫生'),
        data: { reportId: confirmed.payload.reportId },
        readAt: null,
      },
    ]);
    const stored = await queryDatabase<{ count: string }>(database, 'SELECT count(*) FROM notifications WHERE recipient_id = $1', [
      worker.id,
    ]);
    expect(Number(stored[0].count)).toBe(2);
  });

  it("shows a worker none of another worker's notifications", async () => {
    const [owner, other] = [newWorker(), newWorker()];
    const confirmed = reportConfirmed(owner);
    await publishEvents(Topics.reports, [confirmed], confirmed.aggregateId);
    await publishEvents(Topics.points, [pointsCredited(owner, confirmed.payload.reportId)], owner.id);

    await waitForInbox(owner, 2);

    expect(await inboxOf(other)).toEqual({ items: [], nextCursor: null });
  });

  it('pages through the inbox newest first, each exactly once', async () => {
    const worker = newWorker();
    const events = [reportConfirmed(worker), reportConfirmed(worker), reportConfirmed(worker)];
    // One key, so they arrive, and are stored, in this order.
    await publishEvents(Topics.reports, events, worker.id);
    await waitForInbox(worker, 3);

    const pages: NotificationView[][] = [];
    let cursor: string | null = null;
    do {
      const page: Page<NotificationView> = await inboxOf(worker, cursor ? `?limit=2&cursor=${cursor}` : '?limit=2');
      pages.push(page.items);
      cursor = page.nextCursor;
    } while (cursor && pages.length < 10);

    expect(pages.map((page) => page.length)).toEqual([2, 1]);
    expect(pages.flat().map((item) => item.data.reportId)).toEqual(events.map((event) => event.payload.reportId).reverse());
  });

  it('answers 401 problem+json without an access token, and 400 naming the field for a bad page', async () => {
    const unidentified = await as().get('/notifications');
    expect(unidentified.status).toBe(401);
    expect(unidentified.headers['content-type']).toContain('application/problem+json');

    const tooLarge = await as(newWorker()).get('/notifications?limit=1000');
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.errors).toEqual([expect.objectContaining({ field: 'limit' })]);
  });
});

describe(AccountErasure.name, () => {
  it('erases the inbox of a closed account once when account.closed is delivered twice, and delivers nothing to it afterwards', async () => {
    const [closing, neighbour, marker] = [newWorker(), newWorker(), newWorker()];
    await publishEvents(Topics.reports, [reportConfirmed(closing), reportConfirmed(neighbour)], uuidv7());
    await waitForInbox(closing, 1);
    await waitForInbox(neighbour, 1);
    const closed = accountClosed(closing);

    await publishEvents(Topics.accounts, [closed, closed], closing.id);
    await waitFor(async () => ((await storedFor(closing)) === 0 ? true : undefined), { description: 'the inbox to be erased' });
    // A late event for the closed account, then one for another on the same partition: once that one shows, the late one was handled.
    await publishEvents(Topics.points, [pointsCredited(closing, uuidv7()), pointsCredited(marker, uuidv7())], closing.id);
    await waitForInbox(marker, 1);

    expect(await inboxOf(closing)).toEqual({ items: [], nextCursor: null });
    expect(await storedFor(closing)).toBe(0);
    expect((await inboxOf(neighbour)).items).toHaveLength(1);
    const erasures = await queryDatabase<{ count: string }>(database, 'SELECT count(*) FROM inbox_messages WHERE event_id = $1', [
      closed.id,
    ]);
    expect(Number(erasures[0].count)).toBe(1);
    const kept = await queryDatabase<{ account_id: string }>(database, 'SELECT account_id FROM closed_accounts WHERE account_id = $1', [
      closing.id,
    ]);
    expect(kept).toEqual([{ account_id: closing.id }]);
  });
});

describe('the notifications service port', () => {
  describeCallerVerification(() => sut.getHttpServer(), { method: 'get', path: '/notifications' });
});
