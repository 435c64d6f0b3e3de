import { INestApplication } from '@nestjs/common';
import {
  AccountRole,
  accountClosedV1,
  accountRegisteredV1,
  accountUpdatedV1,
  Actor,
  Page,
  pointsCreditedV1,
  redemptionExpiredV1,
  redemptionPlacedV1,
  reportConfirmedV1,
  reportDispatchedV1,
  reportOverdueV1,
  reportSubmittedV1,
  reportUpdatedV1,
  reportWithdrawnV1,
  Topics,
} from '@waystation/contracts';
import { NotificationView } from '@waystation/http-api';
import {
  describeCallerVerification,
  expectProblem,
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
import { ReportProgressDelivery } from './report-progress/report-progress-delivery.service';
import { StaffAlertDelivery } from './staff-alerts/staff-alert-delivery.service';

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

/** The `notification.created` wake-ups the service's outbox holds for `recipient`, by notification id. */
const announcedTo = async (recipient: Actor) =>
  (
    await queryDatabase<{ envelope: { payload: { notificationId: string; recipientId: string } } }>(
      database,
      `SELECT envelope FROM outbox_messages WHERE event_type = 'notification.created' AND envelope->'payload'->>'recipientId' = $1`,
      [recipient.id],
    )
  )
    .map(({ envelope }) => envelope.payload.notificationId)
    .sort();

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
    // Each stored message is announced once, in its transaction, for the live streams.
    expect(await announcedTo(worker)).toEqual(items.map(({ id }) => id).sort());
  });

  it("shows a worker none of another worker's notifications", async () => {
    const [owner, other] = [newWorker(), newWorker()];
    const confirmed = reportConfirmed(owner);
    await publishEvents(Topics.reports, [confirmed], confirmed.aggregateId);
    await publishEvents(Topics.points, [pointsCredited(owner, confirmed.payload.reportId)], owner.id);

    await waitForInbox(owner, 2);

    expect(await inboxOf(other)).toEqual({ items: [], nextCursor: null });
  });

  it("counts a worker's unread notifications, and none of another worker's", async () => {
    const [owner, other] = [newWorker(), newWorker()];
    const confirmed = reportConfirmed(owner);
    await publishEvents(Topics.reports, [confirmed], confirmed.aggregateId);
    await publishEvents(Topics.points, [pointsCredited(owner, confirmed.payload.reportId)], owner.id);

    await waitForInbox(owner, 2);

    expect((await as(owner).get('/notifications/unread-count').expect(200)).body).toEqual({ count: 2 });
    expect((await as(other).get('/notifications/unread-count').expect(200)).body).toEqual({ count: 0 });
  });

  it("marks a reader's notifications read up to the newest they saw, never a newer one nor another worker's", async () => {
    const [owner, other] = [newWorker(), newWorker()];
    const confirmed = reportConfirmed(owner);
    await publishEvents(Topics.reports, [confirmed], confirmed.aggregateId);
    await publishEvents(Topics.points, [pointsCredited(owner, confirmed.payload.reportId)], owner.id);
    const theirs = reportConfirmed(other);
    await publishEvents(Topics.reports, [theirs], theirs.aggregateId);
    await waitForInbox(owner, 2);
    await waitForInbox(other, 1);
    const [newer, older] = (await inboxOf(owner)).items;

    const marked = await as(owner).post('/notifications/read').send({ upTo: older.id }).expect(200);
    const again = await as(owner).post('/notifications/read').send({ upTo: older.id }).expect(200);

    expect(marked.body).toEqual({ count: 1 });
    expect(again.body).toEqual({ count: 1 });
    const [stillNew, read] = (await inboxOf(owner)).items;
    expect(stillNew).toMatchObject({ id: newer.id, readAt: null });
    expect(read).toMatchObject({ id: older.id, readAt: expect.any(String) });
    // Marking up to the newest of everyone's leaves another worker's untouched.
    await as(owner)
      .post('/notifications/read')
      .send({ upTo: (await inboxOf(other)).items[0].id })
      .expect(200);
    expect((await as(other).get('/notifications/unread-count').expect(200)).body).toEqual({ count: 1 });
    expectProblem(await as(owner).post('/notifications/read').send({ upTo: 'latest' }), 400, 'validation-failed');
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

  it("answers what came after a message, oldest first, bounded, and only the caller's own", async () => {
    const [worker, other] = [newWorker(), newWorker()];
    const events = [reportConfirmed(worker), reportConfirmed(worker), reportConfirmed(worker)];
    await publishEvents(Topics.reports, events, worker.id);
    await waitForInbox(worker, 3);
    const [oldest, middle, newest] = (await inboxOf(worker)).items.reverse();
    const since = async (actor: Actor, query: string) => (await as(actor).get(`/notifications/since?${query}`).expect(200)).body.items;

    expect((await since(worker, `after=${oldest.id}`)).map(({ id }: NotificationView) => id)).toEqual([middle.id, newest.id]);
    expect((await since(worker, `after=${oldest.id}&limit=1`)).map(({ id }: NotificationView) => id)).toEqual([middle.id]);
    expect(await since(worker, `after=${newest.id}`)).toEqual([]);
    expect(await since(other, `after=${oldest.id}`)).toEqual([]);
    const notAnId = await as(worker).get('/notifications/since?after=yesterday');
    expect(notAnId.status).toBe(400);
    expect(notAnId.body.errors).toEqual([expect.objectContaining({ field: 'after' })]);
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

describe(StaffAlertDelivery.name, () => {
  const staffIn = (community: string): Actor & { role: AccountRole } => ({
    id: `staff-${uuidv7()}`,
    role: 'community-staff',
    scopes: { stations: [], communities: [community] },
  });
  let communitySerial = 0;
  const freshCommunity = () => `4201${String(Date.now() % 1e6).padStart(6, '0')}${String(++communitySerial).padStart(2, '0')}`;

  const registered = (staff: Actor & { role: AccountRole }, language: 'zh-CN' | 'en' = 'zh-CN') =>
    accountRegisteredV1.create({
      correlationId: 'notifications-it',
      producer: 'gateway',
      aggregateId: staff.id,
      payload: {
        accountId: staff.id,
        role: staff.role,
        displayName: '社区工作人员',
        language,
        scopes: staff.scopes,
        registeredAt: new Date().toISOString(),
      },
    });

  const submitted = (communityCode: string, reportId = uuidv7()) =>
    reportSubmittedV1.create({
      correlationId: 'notifications-it',
      producer: 'reports',
      aggregateId: reportId,
      payload: {
        reportId,
        reporterId: `worker-${uuidv7()}`,
        category: 'piled-materials',
        description: '楼道堆放杂物',
        location: { lat: 30.3721, lng: 114.3217 },
        photoUrls: [],
        communityId: communityCode,
        submittedAt: new Date().toISOString(),
      },
    });

  const overdue = (communityCode: string, isPrivate: boolean, reportId = uuidv7()) =>
    reportOverdueV1.create({
      correlationId: 'notifications-it',
      producer: 'reports',
      aggregateId: reportId,
      payload: {
        reportId,
        category: 'elderly-care',
        private: isPrivate,
        communityCode,
        districtCode: '420115',
        kind: 'acknowledge',
        dueAt: new Date().toISOString(),
        detectedAt: new Date().toISOString(),
      },
    });

  const inDirectory = (staff: Actor, community: string) =>
    waitFor(
      async () =>
        (
          await queryDatabase(database, 'SELECT 1 FROM staff_directory WHERE account_id = $1 AND $2 = ANY(communities)', [
            staff.id,
            community,
          ])
        ).length > 0 || undefined,
      { description: `${staff.id} to serve ${community}`, timeoutMs: 30_000 },
    );

  it("alerts the staff of the report's community, and only them, once when report.submitted is delivered twice", async () => {
    const [home, elsewhere] = [freshCommunity(), freshCommunity()];
    const [mine, colleague, other] = [staffIn(home), staffIn(home), staffIn(elsewhere)];
    await publishEvents(Topics.accounts, [registered(mine), registered(colleague, 'en'), registered(other)], 'staff-directory-it');
    await inDirectory(other, elsewhere);
    const event = submitted(home);

    // The marker after the redelivery, on the same partition, shows both deliveries were handled.
    await publishEvents(Topics.reports, [event, event, submitted(elsewhere)], event.aggregateId);

    await waitForInbox(other, 1);
    const [ours, theirs] = [(await inboxOf(mine)).items, (await inboxOf(colleague)).items];
    expect(ours.map(({ kind, title, data }) => ({ kind, title, data }))).toEqual([
      { kind: 'report.submitted', title: '社区有新的随手拍', data: { reportId: event.payload.reportId, category: 'piled-materials' } },
    ]);
    expect(theirs.map(({ title }) => title)).toEqual(['New report in your community']);
    expect(JSON.stringify(ours)).not.toContain(event.payload.reporterId);
    expect(await storedFor(mine)).toBe(1);
    expect(await announcedTo(mine)).toEqual(ours.map(({ id }) => id));
  });

  it('tells them a care referral is overdue without saying what it is about', async () => {
    const home = freshCommunity();
    const staff = staffIn(home);
    await publishEvents(Topics.accounts, [registered(staff)]);
    await inDirectory(staff, home);

    await publishEvents(Topics.reports, [overdue(home, true)]);

    await waitForInbox(staff, 1);
    const [alert] = (await inboxOf(staff)).items;
    expect(alert).toMatchObject({ kind: 'report.overdue', title: '关怀转介已超时', data: { private: true, deadline: 'acknowledge' } });
    expect(JSON.stringify(alert)).not.toContain('elderly-care');
  });

  it('follows a change of scopes: the staff member hears of their new community, no longer of the old one', async () => {
    const [before, after] = [freshCommunity(), freshCommunity()];
    const staff = staffIn(before);
    const moved = accountUpdatedV1.create({
      correlationId: 'notifications-it',
      producer: 'gateway',
      aggregateId: staff.id,
      payload: {
        accountId: staff.id,
        changes: { role: 'community-staff', scopes: { stations: [], communities: [after] } },
        updatedAt: new Date().toISOString(),
      },
    });
    await publishEvents(Topics.accounts, [registered(staff), moved]);
    await inDirectory(staff, after);
    const oldOne = overdue(before, false);
    const newOne = overdue(after, false, oldOne.aggregateId);

    await publishEvents(Topics.reports, [oldOne, newOne], oldOne.aggregateId);

    await waitForInbox(staff, 1);
    expect((await inboxOf(staff)).items.map((item) => item.data)).toEqual([expect.objectContaining({ reportId: newOne.payload.reportId })]);
  });

  it('tells the worker a redemption is ready and the managers of the station holding it, and only them, once each', async () => {
    const [station, otherStation] = [uuidv7(), uuidv7()];
    const managerOf = (stationId: string): Actor & { role: AccountRole } => ({
      id: `manager-${uuidv7()}`,
      role: 'station-manager',
      scopes: { stations: [stationId], communities: [] },
    });
    const [manager, otherManager] = [managerOf(station), managerOf(otherStation)];
    await publishEvents(Topics.accounts, [registered(manager, 'en'), registered(otherManager)], 'staff-directory-it');
    await waitFor(
      async () =>
        (await queryDatabase(database, 'SELECT 1 FROM staff_directory WHERE $1 = ANY(stations)', [otherStation])).length > 0 || undefined,
      { description: 'the managers in the directory', timeoutMs: 30_000 },
    );
    const worker = newWorker();
    const redemptionId = uuidv7();
    const common = { redemptionId, workerId: worker.id, rewardId: uuidv7(), stationId: station };
    const placed = redemptionPlacedV1.create({
      correlationId: 'notifications-it',
      producer: 'points',
      aggregateId: redemptionId,
      payload: {
        ...common,
        rewardKind: 'gift',
        rewardName: { 'zh-CN': '防暑礼包', en: 'Summer heat kit' },
        cost: 30,
        placedAt: new Date().toISOString(),
        expiresAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      },
    });
    const expired = redemptionExpiredV1.create({
      correlationId: 'notifications-it',
      producer: 'points',
      aggregateId: redemptionId,
      payload: { ...common, refundedPoints: 30, refundTransactionId: uuidv7(), balanceAfter: 30, expiredAt: new Date().toISOString() },
    });

    await publishEvents(Topics.points, [placed, placed, expired], redemptionId);

    await waitForInbox(worker, 2);
    expect((await inboxOf(worker)).items.map(({ kind, title }) => ({ kind, title }))).toEqual([
      { kind: 'redemption.expired', title: '兑换已过期，积分已退回 +30' },
      { kind: 'redemption.placed', title: '兑换成功，请到驿站领取' },
    ]);
    const [alert] = (await inboxOf(manager)).items;
    expect(alert).toMatchObject({
      kind: 'redemption.to-hand-over',
      title: 'A reward to hand over',
      data: { redemptionId, stationId: station },
    });
    expect(JSON.stringify(alert)).not.toContain(worker.id);
    expect(await storedFor(manager)).toBe(1);
    expect(await storedFor(otherManager)).toBe(0);
  });
});

describe(ReportProgressDelivery.name, () => {
  const staffId = uuidv7();
  const at = () => new Date().toISOString();
  const common = (reportId: string) => ({ correlationId: 'notifications-it', producer: 'reports', aggregateId: reportId });
  const dispatched = (reportId: string) =>
    reportDispatchedV1.create({
      ...common(reportId),
      payload: {
        reportId,
        category: { code: 'exposed-garbage', group: 'environment', name: { 'zh-CN': '垃圾暴露', en: 'Exposed garbage' } },
        severity: 'medium',
        private: false,
        location: { lat: 30.3721, lng: 114.3217 },
        communityCode: '420115001001',
        districtCode: '420115',
        departments: [
          { code: 'sanitation', ruleId: '3', name: { 'zh-CN': '环卫', en: 'Sanitation' } },
          { code: 'city-management', ruleId: '3', name: { 'zh-CN': '城管', en: 'City management' } },
        ],
        dispatchedBy: staffId,
        dispatchedAt: at(),
      },
    });
  const updated = (reportId: string, departmentCode: string, status: 'acknowledged' | 'not-responsible' | 'resolved') =>
    reportUpdatedV1.create({
      ...common(reportId),
      payload: { reportId, departmentCode, status, reportStatus: 'acknowledged', updatedBy: staffId, updatedAt: at() },
    });
  const withdrawn = (reportId: string) =>
    reportWithdrawnV1.create({
      ...common(reportId),
      payload: { reportId, departments: ['city-management'], reason: '城管答复不归其管', withdrawnBy: staffId, withdrawnAt: at() },
    });

  it("tells the reporter of each department's move on their report, once each when delivered twice, blaming no one", async () => {
    const worker = newWorker();
    const confirmed = reportConfirmed(worker);
    const reportId = confirmed.payload.reportId;
    const moves = [
      dispatched(reportId),
      updated(reportId, 'sanitation', 'acknowledged'),
      updated(reportId, 'city-management', 'not-responsible'),
      withdrawn(reportId),
      updated(reportId, 'sanitation', 'resolved'),
    ];
    const marker = newWorker();

    await publishEvents(Topics.reports, [confirmed, ...moves.flatMap((move) => [move, move]), reportConfirmed(marker)], reportId);

    await waitForInbox(marker, 1);
    const { items } = await inboxOf(worker);
    expect(items.map(({ kind, title }) => `${kind} ${title}`).sort()).toEqual([
      'report.confirmed 您的随手拍已确认',
      'report.dispatched 您的随手拍已转交处理部门',
      'report.updated 「环卫」已受理您的随手拍',
      'report.updated 「环卫」已处理完毕',
      'report.updated 您的随手拍正在转交处理部门',
      'report.withdrawn 您的随手拍正在转交处理部门',
    ]);
    expect(items.find((item) => item.kind === 'report.dispatched')?.body).toBe('您上报的问题已转交「环卫、城管」处理。');
    expect(JSON.stringify(items.filter((item) => item.data.status === 'rerouting'))).not.toMatch(/城管|city-management/);
    expect(await storedFor(worker)).toBe(6);
  });

  it('tells no one of a report whose reporter it never learned', async () => {
    const reportId = uuidv7();
    const marker = newWorker();

    await publishEvents(Topics.reports, [dispatched(reportId), reportConfirmed(marker)], reportId);

    await waitForInbox(marker, 1);
    expect(await queryDatabase(database, `SELECT kind FROM notifications WHERE data->>'reportId' = $1`, [reportId])).toEqual([]);
  });
});

describe('the notifications service port', () => {
  describeCallerVerification(() => sut.getHttpServer(), { method: 'get', path: '/notifications' });
});
