import { INestApplication } from '@nestjs/common';
import {
  accountClosedV1,
  accountRegisteredV1,
  Actor,
  actorSchema,
  AnyEvent,
  Page,
  reportClosedV1,
  ReportCategoryGroup,
  ReportCategoryV1,
  ReportConfirmedV1,
  reportConfirmedV1,
  reportConfirmedV2,
  reportMergedV1,
  reportRejectedV1,
  reportResolvedV1,
  reportSubmittedV2,
  stationCheckedInV1,
  stationCreatedV1,
  stationSessionAttendedV1,
  Topics,
  reportConfirmedV3,
  reportSubmittedV3,
} from '@waystation/contracts';
import { BalanceView, PointsTransactionView } from '@waystation/http-api';
import {
  databaseUrl,
  describeCallerVerification,
  expectProblem,
  newStaff,
  newWorker,
  publishEvents,
  queryDatabase,
  serviceAs,
  startServiceUnderTest,
  waitFor,
} from '@waystation/testing';
import { DateTime } from 'luxon';
import { spawn } from 'node:child_process';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AccountQueries } from './accounts/account-queries.service';
import { categoryOf, eventLike } from './earning/earning-events.spec-helper';
import { AppModule } from './app.module';
import { pointsConfigSchema } from './config/points.config';
import { Crediting } from './earning/crediting.service';
import { PointsExpiry } from './expiry/points-expiry.service';
import { Ledger } from './ledger/ledger.service';
import { ISSUANCE_ACCOUNT_ID } from './ledger/system-accounts';

/**
 * The points service in this process, consuming the run's real Kafka into its own scratch database. Its consumer
 * group is the real one, so only this spec may run a points consumer during the run.
 */
let database: string;
let sut: INestApplication;

const as = (actor?: Actor) => serviceAs(sut.getHttpServer(), actor);

const balanceOf = async (worker: Actor, reader: Actor = worker): Promise<number> =>
  ((await as(reader).get(`/accounts/${worker.id}/balance`).expect(200)).body as BalanceView).balance;

const transactionsOf = async (worker: Actor, query = ''): Promise<Page<PointsTransactionView>> =>
  (await as(worker).get(`/accounts/${worker.id}/transactions${query}`).expect(200)).body;

const waitForBalance = (worker: Actor, expected: number) =>
  waitFor(async () => (await balanceOf(worker)) === expected, {
    description: `${worker.id} to have ${expected} points`,
    timeoutMs: 30_000,
  });

interface CreditedPayload {
  transactionId: string;
  accountId: string;
  amount: number;
  balanceAfter: number;
  referenceId: string;
  sourceEventId: string;
}

const creditsFor = async (worker: Actor): Promise<CreditedPayload[]> =>
  (
    await queryDatabase<{ payload: CreditedPayload }>(
      database,
      `SELECT envelope -> 'payload' AS payload FROM outbox_messages WHERE event_type = 'points.credited' AND message_key = $1 ORDER BY seq`,
      [worker.id],
    )
  ).map((row) => row.payload);

/** The seeded rules by the group of each v1 category; care referrals (elderly-care) earn at resolution instead. */
const pointsOf: Record<ReportCategoryV1, number> = {
  sanitation: 5,
  'piled-materials': 5,
  'exposed-garbage': 5,
  'road-damage': 8,
  'safety-hazard': 10,
  'elderly-care': 0,
  other: 3,
};

/** Every worker this spec credits, with what the ledger should hold for them. */
const expectedBalances = new Map<Actor, number>();

function reportConfirmed(reporter: Actor, category: ReportCategoryV1): ReportConfirmedV1 {
  const reportId = uuidv7();
  expectedBalances.set(reporter, (expectedBalances.get(reporter) ?? 0) + pointsOf[category]);
  return reportConfirmedV1.create({
    aggregateId: reportId,
    correlationId: `points-it-${uuidv7()}`,
    producer: 'reports',
    payload: {
      reportId,
      reporterId: reporter.id,
      category,
      location: { lat: 30.3721, lng: 114.3217 },
      confirmedBy: 'staff-points-it',
      confirmedAt: new Date().toISOString(),
    },
  });
}

/** Another report.confirmed for the same report: a new event id for a fact that was already credited. */
function confirmedAgain(event: ReportConfirmedV1): ReportConfirmedV1 {
  return reportConfirmedV1.create({
    aggregateId: event.aggregateId,
    correlationId: `points-it-${uuidv7()}`,
    producer: event.producer,
    payload: { ...event.payload, confirmedAt: new Date().toISOString() },
  });
}

beforeAll(async () => {
  ({ app: sut, database } = await startServiceUnderTest((env) => AppModule.forRoot(pointsConfigSchema.parse(env)), {
    databaseVariable: 'POINTS_DATABASE_URL',
    consumesEvents: true,
  }));
}, 60_000);

afterAll(async () => {
  await sut?.close();
});

describe(Crediting.name, () => {
  it.each([
    ['sanitation', 5],
    ['safety-hazard', 10],
    ['road-damage', 8],
  ] as const)('credits the reporter of a confirmed %s report with %i points and announces it', async (category, points) => {
    const worker = newWorker();
    const event = reportConfirmed(worker, category);

    await publishEvents(Topics.reports, [event]);

    await waitForBalance(worker, points);
    const { items, nextCursor } = await transactionsOf(worker);
    expect(items).toEqual([
      {
        id: expect.any(String),
        amount: points,
        reason: 'report.confirmed',
        referenceId: event.payload.reportId,
        note: null,
        createdAt: expect.any(String),
      },
    ]);
    expect(nextCursor).toBeNull();
    expect(await creditsFor(worker)).toEqual([
      expect.objectContaining({
        transactionId: items[0].id,
        accountId: worker.id,
        amount: points,
        balanceAfter: points,
        referenceId: event.payload.reportId,
        sourceEventId: event.id,
      }),
    ]);
  });

  it('credits once when the same report.confirmed is delivered twice', async () => {
    const worker = newWorker();
    const event = reportConfirmed(worker, 'sanitation');
    // A later event on the same partition: once it is credited, both deliveries before it were handled.
    const marker = newWorker();

    await publishEvents(Topics.reports, [event, event, reportConfirmed(marker, 'other')], event.aggregateId);

    await waitForBalance(marker, 3);
    expect(await balanceOf(worker)).toBe(5);
    expect((await transactionsOf(worker)).items).toHaveLength(1);
    expect(await creditsFor(worker)).toHaveLength(1);
  });

  it('credits a report once when two different report.confirmed events for it arrive back to back on one partition', async () => {
    const worker = newWorker();
    const first = reportConfirmed(worker, 'sanitation');
    const marker = newWorker();

    await publishEvents(Topics.reports, [first, confirmedAgain(first), reportConfirmed(marker, 'other')], first.aggregateId);

    await waitForBalance(marker, 3);
    expect(await balanceOf(worker)).toBe(5);
    expect((await transactionsOf(worker)).items).toHaveLength(1);
    expect(await creditsFor(worker)).toHaveLength(1);
  });

  it('credits a report once when its second report.confirmed comes in a later batch', async () => {
    const worker = newWorker();
    const first = reportConfirmed(worker, 'road-damage');
    await publishEvents(Topics.reports, [first]);
    await waitForBalance(worker, 8);
    const marker = newWorker();

    await publishEvents(Topics.reports, [confirmedAgain(first), reportConfirmed(marker, 'other')], first.aggregateId);

    await waitForBalance(marker, 3);
    expect(await balanceOf(worker)).toBe(8);
    expect(await creditsFor(worker)).toHaveLength(1);
  });

  it("credits consecutive confirmations in one transaction, each with its own worker's running balance", async () => {
    const [first, second] = [newWorker(), newWorker()];
    const events = [
      reportConfirmed(first, 'sanitation'),
      reportConfirmed(second, 'road-damage'),
      reportConfirmed(first, 'safety-hazard'),
      reportConfirmed(first, 'other'),
    ];

    // One key and one produce request: the four arrive together, in this order.
    await publishEvents(Topics.reports, events, first.id);

    await waitForBalance(first, 18);
    expect((await creditsFor(first)).map((credit) => credit.balanceAfter)).toEqual([5, 15, 18]);
    expect((await creditsFor(second)).map((credit) => credit.balanceAfter)).toEqual([8]);
    const transactions = await queryDatabase(
      database,
      'SELECT DISTINCT xmin FROM ledger_postings WHERE source_event_id = ANY($1::uuid[])',
      [events.map((event) => event.id)],
    );
    expect(transactions).toHaveLength(1);
  });

  it('serialises concurrent credits to one worker: distinct running balances that add up', async () => {
    const worker = newWorker();
    const categories: ReportCategoryV1[] = ['sanitation', 'safety-hazard', 'exposed-garbage', 'road-damage', 'other', 'piled-materials'];
    const events = categories.map((category) => reportConfirmed(worker, category));
    const total = categories.reduce((sum, category) => sum + pointsOf[category], 0);

    // Different report ids spread the events over partitions, which the consumer handles in parallel.
    await publishEvents(Topics.reports, events);

    await waitForBalance(worker, total);
    const credits = (await creditsFor(worker)).sort((a, b) => a.balanceAfter - b.balanceAfter);
    expect(credits).toHaveLength(categories.length);
    expect(new Set(credits.map((credit) => credit.balanceAfter)).size).toBe(categories.length);
    // Each credit's balanceAfter is the one before it plus its own amount: no credit saw a stale balance.
    credits.reduce((before, credit) => {
      expect(credit.balanceAfter).toBe(before + credit.amount);
      return credit.balanceAfter;
    }, 0);
    expect(credits[credits.length - 1].balanceAfter).toBe(total);
  });

  it("credits a report.confirmed v2 by its group's rule, once beside a v1 event for the same report, and a care referral nothing yet", async () => {
    const worker = newWorker();
    const v1 = reportConfirmed(worker, 'safety-hazard');
    const v2 = reportConfirmedV2.create({
      aggregateId: v1.aggregateId,
      correlationId: `points-it-${uuidv7()}`,
      producer: 'reports',
      payload: {
        ...v1.payload,
        category: { code: 'fire-hazard', group: 'safety', name: { 'zh-CN': '火灾隐患', en: 'Fire hazard' } },
        severity: 'medium',
        communityCode: '420115001001',
        districtCode: '420115',
        private: false,
        capturedAt: v1.payload.confirmedAt,
      },
    });
    const alone = reportConfirmedV2.create({
      aggregateId: uuidv7(),
      correlationId: `points-it-${uuidv7()}`,
      producer: 'reports',
      payload: { ...v2.payload, reportId: uuidv7(), category: { ...v2.payload.category, group: 'people' } },
    });
    expectedBalances.set(worker, pointsOf['safety-hazard']);
    const marker = newWorker();

    await publishEvents(Topics.reports, [v2, v1, alone, reportConfirmed(marker, 'other')], worker.id);

    await waitForBalance(marker, 3);
    expect((await creditsFor(worker)).map((credit) => credit.amount)).toEqual([10]);
  });
});

const COMMUNITY = '420115001001';
const now = () => new Date().toISOString();

const submitted = (reporter: Actor, reportId: string, group: ReportCategoryGroup, at = now()) =>
  eventLike(reportSubmittedV2, {
    reportId,
    reporterId: reporter.id,
    category: categoryOf(group),
    communityCode: COMMUNITY,
    private: group === 'people',
    submittedAt: at,
    capturedAt: at,
  });
const confirmed = (reporter: Actor, reportId: string, group: ReportCategoryGroup, at = now()) =>
  eventLike(reportConfirmedV2, {
    reportId,
    reporterId: reporter.id,
    category: categoryOf(group),
    communityCode: COMMUNITY,
    confirmedAt: at,
    capturedAt: at,
  });

const pendingOf = async (worker: Actor): Promise<number> =>
  ((await as(worker).get(`/accounts/${worker.id}/balance`).expect(200)).body as BalanceView).pending;

/** Publishes on the key of `worker` and waits until a marker credit behind them was applied: all of them were. */
async function publishInOrder(worker: Actor, topic: string, events: AnyEvent[]): Promise<void> {
  const marker = newWorker();
  await publishEvents(topic, [...events, reportConfirmed(marker, 'other')], worker.id);
  await waitForBalance(marker, 3);
}

const postingsOf = (reportId: string) =>
  queryDatabase<{ credit_key: string; reason: string; amount: number; rule_version_id: string | null; community_code: string | null }>(
    database,
    `SELECT credit_key, reason, amount, rule_version_id, community_code FROM ledger_postings WHERE reference_id = $1 ORDER BY id`,
    [reportId],
  );

describe('two-phase report credits', () => {
  it('credits no one for a report a city system filed over Open311: nothing reserved, earned or pending', async () => {
    const client = newWorker();
    const reportId = uuidv7();
    const at = now();
    const byCitySystem = {
      reportId,
      reporterId: client.id,
      reporterKind: 'open311-client',
      category: categoryOf('environment'),
      communityCode: COMMUNITY,
      capturedAt: at,
    };

    await publishInOrder(client, Topics.reports, [
      eventLike(reportSubmittedV3, { ...byCitySystem, submittedAt: at }),
      eventLike(reportConfirmedV3, { ...byCitySystem, confirmedAt: at }),
    ]);

    expect(await postingsOf(reportId)).toEqual([]);
    expect({ balance: await balanceOf(client), pending: await pendingOf(client) }).toEqual({ balance: 0, pending: 0 });
  });

  it('reserves a submitted report as pending, charged to its community, and earns it at confirmation', async () => {
    const worker = newWorker();
    const reportId = uuidv7();

    await publishInOrder(worker, Topics.reports, [submitted(worker, reportId, 'environment')]);
    const whileSubmitted = { balance: await balanceOf(worker), pending: await pendingOf(worker) };
    await publishInOrder(worker, Topics.reports, [confirmed(worker, reportId, 'environment')]);

    expect(whileSubmitted).toEqual({ balance: 0, pending: 5 });
    expect({ balance: await balanceOf(worker), pending: await pendingOf(worker) }).toEqual({ balance: 5, pending: 0 });
    const postings = await postingsOf(reportId);
    expect(postings.map(({ credit_key, amount, community_code }) => ({ credit_key, amount, community_code }))).toEqual([
      { credit_key: `report.reserved:${reportId}`, amount: 5, community_code: COMMUNITY },
      { credit_key: `report.confirmed:${reportId}`, amount: 5, community_code: COMMUNITY },
    ]);
    expect(postings[1].rule_version_id).toBe(postings[0].rule_version_id);
  });

  it('voids the reservation of a rejected report: nothing earned, nothing pending, the void a posting of its own', async () => {
    const worker = newWorker();
    const reportId = uuidv7();
    const rejection = eventLike(reportRejectedV1, { reportId, reporterId: worker.id });

    await publishInOrder(worker, Topics.reports, [submitted(worker, reportId, 'safety'), rejection, rejection]);

    expect({ balance: await balanceOf(worker), pending: await pendingOf(worker) }).toEqual({ balance: 0, pending: 0 });
    expect((await postingsOf(reportId)).map(({ reason, amount }) => ({ reason, amount }))).toEqual([
      { reason: 'report.reserved', amount: 10 },
      { reason: 'report.voided', amount: 10 },
    ]);
  });

  it("applies the duplicate rule: a merged report's reservation is void and its reporter earns the token point, a repeat reporter nothing", async () => {
    const [later, repeat] = [newWorker(), newWorker()];
    const [laterReport, repeatReport] = [uuidv7(), uuidv7()];
    const merge = (reporter: Actor, reportId: string, alreadyReportedCase: boolean) =>
      eventLike(reportMergedV1, {
        reportId,
        reporterId: reporter.id,
        category: categoryOf('environment'),
        alreadyReportedCase,
        mergedAt: now(),
      });

    await publishInOrder(later, Topics.reports, [submitted(later, laterReport, 'environment'), merge(later, laterReport, false)]);
    await publishInOrder(repeat, Topics.reports, [submitted(repeat, repeatReport, 'environment'), merge(repeat, repeatReport, true)]);

    expect({ balance: await balanceOf(later), pending: await pendingOf(later) }).toEqual({ balance: 1, pending: 0 });
    expect({ balance: await balanceOf(repeat), pending: await pendingOf(repeat) }).toEqual({ balance: 0, pending: 0 });
  });

  it('keeps a care referral pending through its confirmation and earns it when the visit is done (resolved)', async () => {
    const worker = newWorker();
    const reportId = uuidv7();
    const resolved = eventLike(reportResolvedV1, { reportId, reporterId: worker.id, category: categoryOf('people'), resolvedAt: now() });

    await publishInOrder(worker, Topics.reports, [submitted(worker, reportId, 'people'), confirmed(worker, reportId, 'people')]);
    const confirmedOnly = { balance: await balanceOf(worker), pending: await pendingOf(worker) };
    await publishInOrder(worker, Topics.reports, [resolved]);

    expect(confirmedOnly).toEqual({ balance: 0, pending: 20 });
    expect({ balance: await balanceOf(worker), pending: await pendingOf(worker) }).toEqual({ balance: 20, pending: 0 });
  });

  it('pays the bonus once when the reporter says a resolved report was fixed', async () => {
    const worker = newWorker();
    const closed = eventLike(reportClosedV1, {
      reportId: uuidv7(),
      reporterId: worker.id,
      category: categoryOf('facilities'),
      closedAt: now(),
    });

    await publishInOrder(worker, Topics.reports, [closed, closed]);

    expect(await balanceOf(worker)).toBe(2);
  });
});

describe('earning rule versions and caps', () => {
  it('earns a confirmation under the version in effect when it happened, up to its monthly cap, and voids what the cap leaves', async () => {
    // A version from 2030 on, with a small cap: facts before then keep the seeded rule.
    const [version] = await queryDatabase<{ id: string }>(
      database,
      `INSERT INTO earning_rule_versions (id, event_type, category_group, points, monthly_cap, effective_from, created_by)
       VALUES (gen_random_uuid(), 'report.confirmed', 'obstruction', 5, 12, '2030-01-01T00:00:00+08:00', 'points-it') RETURNING id`,
    );
    const worker = newWorker();
    const january = ['2030-01-02T01:00:00Z', '2030-01-10T01:00:00Z', '2030-01-20T01:00:00Z', '2030-01-31T15:59:00Z'];
    const reports = january.map(() => uuidv7());
    const before = uuidv7();

    await publishInOrder(worker, Topics.reports, [
      submitted(worker, before, 'obstruction', '2029-12-31T15:00:00Z'),
      confirmed(worker, before, 'obstruction', '2029-12-31T15:00:00Z'),
      ...reports.flatMap((reportId, index) => [
        submitted(worker, reportId, 'obstruction', january[index]),
        confirmed(worker, reportId, 'obstruction', january[index]),
      ]),
    ]);

    expect({ balance: await balanceOf(worker), pending: await pendingOf(worker) }).toEqual({ balance: 5 + 12, pending: 0 });
    const earned = await Promise.all(
      reports.map(async (reportId) => (await postingsOf(reportId)).filter(({ reason }) => reason !== 'report.reserved')),
    );
    expect(earned.map((postings) => postings.map(({ reason, amount }) => `${reason} ${amount}`))).toEqual([
      ['report.confirmed 5'],
      ['report.confirmed 5'],
      ['report.confirmed 2', 'report.voided 3'],
      ['report.voided 5'],
    ]);
    expect(earned[0][0].rule_version_id).toBe(version.id);
    expect((await postingsOf(before))[1].rule_version_id).not.toBe(version.id);
  });

  it("credits the first check-in of a worker's day on the city's clock, and a session attended", async () => {
    const worker = newWorker();
    const checkIn = (checkedInAt: string) => eventLike(stationCheckedInV1, { checkInId: uuidv7(), workerId: worker.id, checkedInAt });
    const marker = newWorker();

    await publishEvents(
      Topics.stations,
      [
        checkIn('2026-03-01T15:00:00Z'), // 23:00 in Shanghai
        checkIn('2026-03-01T15:30:00Z'), // 23:30, the same day
        checkIn('2026-03-01T16:05:00Z'), // 00:05, the next day
        eventLike(stationSessionAttendedV1, { sessionId: uuidv7(), workerId: worker.id, attendedAt: now() }),
        eventLike(stationSessionAttendedV1, { sessionId: uuidv7(), workerId: marker.id, attendedAt: now() }),
      ],
      worker.id,
    );

    await waitForBalance(marker, 5);
    expect(await balanceOf(worker)).toBe(1 + 1 + 5);
  });
});

describe(AccountQueries.name, () => {
  it('shows a worker with no account a zero balance and no transactions', async () => {
    const worker = newWorker();

    const balance = (await as(worker).get(`/accounts/${worker.id}/balance`).expect(200)).body;

    expect(balance).toEqual({
      accountId: worker.id,
      balance: 0,
      pending: 0,
      expiringSoon: 0,
      expiringBy: expect.any(String),
      asOf: expect.any(String),
    });
    expect(await transactionsOf(worker)).toEqual({ items: [], nextCursor: null });
  });

  it("answers 403 to a worker reading another worker's points, and shows them to staff", async () => {
    const owner = newWorker();
    await publishEvents(Topics.reports, [reportConfirmed(owner, 'safety-hazard')]);
    await waitForBalance(owner, 10);

    expectProblem(await as(newWorker()).get(`/accounts/${owner.id}/balance`), 403, 'points-access-denied');
    expectProblem(await as(newWorker()).get(`/accounts/${owner.id}/transactions`), 403, 'points-access-denied');
    expect(await balanceOf(owner, newStaff())).toBe(10);
    expect((await as(newStaff()).get(`/accounts/${owner.id}/transactions`).expect(200)).body.items).toHaveLength(1);
  });

  it('answers 401 without an access token', async () => {
    expectProblem(await as().get(`/accounts/${newWorker().id}/balance`), 401, 'invalid-token');
  });

  it('pages through the transactions newest first, each exactly once', async () => {
    const worker = newWorker();
    const events = (['sanitation', 'safety-hazard', 'road-damage'] as const).map((category) => reportConfirmed(worker, category));
    // One key, so they are credited in this order.
    await publishEvents(Topics.reports, events, worker.id);
    await waitForBalance(worker, 23);

    const pages: PointsTransactionView[][] = [];
    let cursor: string | null = null;
    do {
      const page: Page<PointsTransactionView> = await transactionsOf(worker, cursor ? `?limit=2&cursor=${cursor}` : '?limit=2');
      pages.push(page.items);
      cursor = page.nextCursor;
    } while (cursor && pages.length < 10);

    expect(pages.map((page) => page.length)).toEqual([2, 1]);
    expect(pages.flat().map((item) => item.referenceId)).toEqual(events.map((event) => event.payload.reportId).reverse());
  });

  it('answers 400 naming cursor when the cursor is not a transaction id', async () => {
    const worker = newWorker();

    const response = await as(worker).get(`/accounts/${worker.id}/transactions?cursor=yesterday`);

    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });
});

describe('the ledger', () => {
  it('stays balanced: every account derived from postings, all summing to zero, what workers hold issued by the city and the communities', async () => {
    for (const [worker, expected] of expectedBalances) await waitForBalance(worker, expected);

    const accounts = await queryDatabase<{ id: string; kind: string; owner_id: string | null; balance: string }>(
      database,
      `SELECT a.id, a.kind, a.owner_id,
              (SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE credit_account_id = a.id)
            - (SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE debit_account_id = a.id) AS balance
         FROM ledger_accounts a`,
    );
    const balances = accounts.map((account) => ({ ...account, balance: Number(account.balance) }));
    const workers = balances.filter((account) => account.kind === 'worker');
    const issuance = balances.find((account) => account.id === ISSUANCE_ACCOUNT_ID);

    expect(balances.reduce((sum, account) => sum + account.balance, 0)).toBe(0);
    // Points come from the issuance and community budget accounts; workers hold them, spendable or pending.
    const total = (kinds: string[]) =>
      balances.filter((account) => kinds.includes(account.kind)).reduce((sum, account) => sum + account.balance, 0);
    expect(total(['issuance', 'community-budget', 'adjustments'])).toBe(-total(['worker', 'worker-pending']));
    expect(issuance?.balance).toBeLessThan(0);
    expect(total(['community-budget'])).toBeLessThan(0);
    for (const [worker, expected] of expectedBalances) {
      expect(workers.find((account) => account.owner_id === worker.id)?.balance).toBe(expected);
    }
  });
});

describe('the city office administers points', () => {
  const admin = actorSchema.parse({ id: `admin-${uuidv7()}`, role: 'admin' });
  const inAWeek = () => new Date(Date.now() + 7 * 24 * 3_600_000).toISOString();

  it('adds a rule version from a moment to come, answers a retry with it, and refuses one in the past or a rival one', async () => {
    const version = { eventType: 'report.confirmed', group: 'safety', points: 12, monthlyCap: 240, effectiveFrom: inAWeek() };

    const created = await as(admin).post('/earning-rules').send(version).expect(201);
    const retried = await as(admin).post('/earning-rules').send(version).expect(200);

    expect(created.body).toMatchObject({ ...version, dailyCap: null, current: false, createdBy: admin.id });
    expect(retried.body.id).toBe(created.body.id);
    expectProblem(
      await as(admin)
        .post('/earning-rules')
        .send({ ...version, points: 13 }),
      409,
      'earning-rule-version-taken',
    );
    expectProblem(
      await as(admin)
        .post('/earning-rules')
        .send({ ...version, effectiveFrom: '2020-01-01T00:00:00.000Z' }),
      422,
      'earning-rule-in-the-past',
    );
    expectProblem(
      await as(admin)
        .post('/earning-rules')
        .send({ ...version, group: undefined }),
      400,
      'validation-failed',
    );
    expectProblem(await as(newStaff()).post('/earning-rules').send(version), 403, 'points-admin-only');
    const listed = (await as(newWorker()).get('/earning-rules').expect(200)).body.items as { id: string; current: boolean }[];
    expect(listed.find((item) => item.id === created.body.id)).toMatchObject({ current: false });
    expect(listed.filter((item) => item.current).length).toBeGreaterThanOrEqual(20);
  });

  it("adjusts a worker's balance with a reason they read, once per Idempotency-Key, never below zero", async () => {
    const worker = newWorker();
    await publishEvents(Topics.accounts, [eventLike(accountRegisteredV1, { accountId: worker.id, role: 'worker' })]);
    await waitFor(
      async () => (await queryDatabase(database, `SELECT 1 FROM ledger_accounts WHERE owner_id = $1`, [worker.id])).length > 0,
      {
        description: `${worker.id}'s account`,
      },
    );
    const key = `adjust-${uuidv7()}`;
    const add = { amount: 8, reason: '补记：系统故障期间未入账的上报' };

    const first = await as(admin).post(`/accounts/${worker.id}/adjustments`).set('idempotency-key', key).send(add).expect(201);
    const again = await as(admin).post(`/accounts/${worker.id}/adjustments`).set('idempotency-key', key).send(add).expect(200);
    expectProblem(
      await as(admin).post(`/accounts/${worker.id}/adjustments`).send({ amount: -9, reason: '多记扣回' }),
      409,
      'adjustment-would-overdraw',
    );
    await as(admin).post(`/accounts/${worker.id}/adjustments`).send({ amount: -3, reason: '重复记分扣回' }).expect(201);

    expect(first.body).toMatchObject({ workerId: worker.id, amount: 8, balanceAfter: 8, adjustedBy: admin.id });
    expect(again.body).toEqual(first.body);
    expect(await balanceOf(worker)).toBe(5);
    expect((await transactionsOf(worker)).items.map(({ amount, reason, note }) => [amount, reason, note])).toEqual([
      [-3, 'adjustment', '重复记分扣回'],
      [8, 'adjustment', add.reason],
    ]);
    expectProblem(await as(admin).post(`/accounts/${worker.id}/adjustments`).send({ amount: 0, reason: 'x' }), 400, 'validation-failed');
    expectProblem(await as(admin).post(`/accounts/${worker.id}/adjustments`).send({ amount: 5 }), 400, 'validation-failed');
    expectProblem(await as(admin).post(`/accounts/worker-${uuidv7()}/adjustments`).send(add), 404, 'worker-not-found');
    expectProblem(await as(newStaff()).post(`/accounts/${worker.id}/adjustments`).send(add), 403, 'points-admin-only');
    const announced = await queryDatabase<{ payload: { amount: number; reason: string } }>(
      database,
      `SELECT envelope -> 'payload' AS payload FROM outbox_messages WHERE event_type = 'points.adjusted' AND message_key = $1 ORDER BY seq`,
      [worker.id],
    );
    expect(announced.map(({ payload }) => payload.amount)).toEqual([8, -3]);
  });

  it("sets a community's monthly budget and shows what its workers earned against it, to the city office and that community's staff", async () => {
    const community = `4201159${String(Date.now()).slice(-5)}`;
    const worker = newWorker();
    const reportId = uuidv7();
    const month = new Date().toISOString().slice(0, 7);
    await publishInOrder(worker, Topics.reports, [
      eventLike(reportSubmittedV2, {
        reportId,
        reporterId: worker.id,
        category: categoryOf('safety'),
        communityCode: community,
        submittedAt: now(),
      }),
      eventLike(reportConfirmedV2, {
        reportId,
        reporterId: worker.id,
        category: categoryOf('safety'),
        communityCode: community,
        confirmedAt: now(),
      }),
    ]);

    const set = await as(admin).put(`/community-budgets/${community}/${month}`).send({ points: 5_000 }).expect(200);
    const staff = actorSchema.parse({ id: `staff-${uuidv7()}`, role: 'community-staff', scopes: { communities: [community] } });
    const seenByStaff = (await as(staff).get(`/community-budgets?month=${month}`).expect(200)).body.items;

    expect(set.body).toMatchObject({ communityCode: community, month, points: 5_000, earned: 10, setBy: admin.id });
    expect(seenByStaff).toEqual([set.body]);
    expect((await as(admin).get(`/community-budgets?month=${month}`).expect(200)).body.items).toContainEqual(set.body);
    expect((await as(newStaff()).get(`/community-budgets?month=${month}`).expect(200)).body.items).toEqual([]);
    expectProblem(await as(worker).get(`/community-budgets?month=${month}`), 403, 'community-figures-staff-only');
    expectProblem(await as(staff).put(`/community-budgets/${community}/${month}`).send({ points: 1 }), 403, 'points-admin-only');
    expectProblem(await as(admin).put(`/community-budgets/${community}/2026-13`).send({ points: 1 }), 400, 'validation-failed');
    expectProblem(await as(admin).get('/community-budgets'), 400, 'validation-failed');
  });
});

describe('the cached balances', () => {
  const ledger = () => sut.get(Ledger);
  const dataSource = () => sut.get(DataSource);

  const runPointsCheck = () =>
    new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const check = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/points/src/check-ledger.ts'], {
        env: { ...process.env, POINTS_DATABASE_URL: databaseUrl(database) },
      });
      let output = '';
      check.stdout.on('data', (chunk) => (output += chunk));
      check.stderr.on('data', (chunk) => (output += chunk));
      check.on('error', reject);
      check.on('close', (code) => resolve({ code, output }));
    });

  async function creditDirectly(worker: Actor, amount: number): Promise<string> {
    return dataSource().transaction(async (manager) => {
      const accountId = (await ledger().lockWorkerAccounts(manager, [worker.id])).get(worker.id) as string;
      await ledger().post(manager, [
        {
          creditKey: `test.credit:${uuidv7()}`,
          debitAccountId: ISSUANCE_ACCOUNT_ID,
          creditAccountId: accountId,
          amount,
          reason: 'test.credit',
          referenceId: null,
          sourceEventId: null,
        },
      ]);
      return accountId;
    });
  }

  const spendAll = (worker: Actor, amount: number) =>
    dataSource().transaction(async (manager) => {
      const accountId = (await ledger().lockWorkerAccounts(manager, [worker.id])).get(worker.id) as string;
      await ledger().post(manager, [
        {
          creditKey: `test.spend:${uuidv7()}`,
          debitAccountId: accountId,
          creditAccountId: ISSUANCE_ACCOUNT_ID,
          amount,
          reason: 'test.spend',
          referenceId: null,
          sourceEventId: null,
        },
      ]);
    });

  it('refuses a posting that would overdraw a worker, also when two race to spend the whole balance', async () => {
    const worker = newWorker();
    await creditDirectly(worker, 10);

    const outcomes = await Promise.allSettled([spendAll(worker, 10), spendAll(worker, 10)]);

    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(String((outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult).reason)).toMatch(
      /ledger_accounts_balance_never_negative/,
    );
    expect(await balanceOf(worker)).toBe(0);
  });

  it('keeps no cached balance on system accounts, which every credit moves', async () => {
    const [issuance] = await queryDatabase<{ balance: string | null }>(database, `SELECT balance FROM ledger_accounts WHERE id = $1`, [
      ISSUANCE_ACCOUNT_ID,
    ]);

    expect(issuance.balance).toBeNull();
  });

  it('points:check finds every cached balance equal to its postings, and names one that is not', async () => {
    for (const [worker, expected] of expectedBalances) await waitForBalance(worker, expected);
    const tampered = newWorker();
    const accountId = await creditDirectly(tampered, 7);

    const clean = await runPointsCheck();
    await queryDatabase(database, `UPDATE ledger_accounts SET balance = balance + 1 WHERE id = $1`, [accountId]);
    const dirty = await runPointsCheck();
    await queryDatabase(database, `UPDATE ledger_accounts SET balance = balance - 1 WHERE id = $1`, [accountId]);

    expect(clean).toEqual({ code: 0, output: expect.stringMatching(/ 0 discrepancies/) });
    expect(dirty.code).toBe(1);
    expect(dirty.output).toContain(`account ${accountId} (worker of ${tampered.id}): cached 8, postings 7`);
  });
});

describe('the points service port', () => {
  describeCallerVerification(() => sut.getHttpServer(), { method: 'get', path: '/accounts/worker-1/balance' });
});

describe(PointsExpiry.name, () => {
  const admin = actorSchema.parse({ id: `admin-${uuidv7()}`, role: 'admin' });
  const creditTimes = async (worker: Actor) =>
    (
      await queryDatabase<{ posted_at: Date }>(
        database,
        `SELECT posting.posted_at FROM ledger_postings posting JOIN ledger_accounts account ON account.id = posting.credit_account_id
          WHERE account.kind = 'worker' AND account.owner_id = $1 ORDER BY posting.posted_at`,
        [worker.id],
      )
    ).map((row) => row.posted_at.getTime());

  it('expires the oldest unspent points once with two replicas at once, and warns once of what comes next', async () => {
    const worker = newWorker();
    const [first, second] = [uuidv7(), uuidv7()];
    await publishInOrder(worker, Topics.reports, [submitted(worker, first, 'environment'), confirmed(worker, first, 'environment')]);
    await as(admin).post(`/accounts/${worker.id}/adjustments`).send({ amount: -2, reason: '扣回重复记分' }).expect(201);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await publishInOrder(worker, Topics.reports, [submitted(worker, second, 'facilities'), confirmed(worker, second, 'facilities')]);
    const [firstAt, secondAt] = await creditTimes(worker);
    // 24 months (POINTS_EXPIRE_AFTER_MONTHS) after a moment between the two earnings: the first is due, the second
    // is within the 30 warning days.
    const at = DateTime.fromMillis((firstAt + secondAt) / 2)
      .plus({ months: 24 })
      .toJSDate();
    const expiry = sut.get(PointsExpiry);

    // Every worker of this spec's earlier tests is due too, so the runs' counts are the whole ledger's; the
    // worker's own events below say each was expired and warned once.
    await Promise.all([expiry.run(at), expiry.run(at)]);
    const again = await expiry.run(at);

    expect(again).toEqual({ expired: 0, warned: 0 });
    // 5 earned, 2 taken back (from the oldest), so 3 of the first 5 expire; the 8 earned later stay.
    expect(await balanceOf(worker)).toBe(8);
    expect((await transactionsOf(worker)).items[0]).toMatchObject({ amount: -3, reason: 'points.expired' });
    const announced = await queryDatabase<{ type: string; payload: { amount: number } }>(
      database,
      `SELECT event_type AS type, envelope -> 'payload' AS payload FROM outbox_messages
        WHERE event_type IN ('points.expired', 'points.expiring') AND message_key = $1 ORDER BY seq`,
      [worker.id],
    );
    expect(announced.map(({ type, payload }) => `${type} ${payload.amount}`)).toEqual(['points.expired 3', 'points.expiring 8']);
    expect((await as(worker).get(`/accounts/${worker.id}/balance`).expect(200)).body).toMatchObject({ balance: 8, expiringSoon: 0 });
  });
});

describe('the standings', () => {
  // A district of its own, so no other test's earnings rank in it.
  const district = `43${String(Date.now() % 10_000).padStart(4, '0')}`;
  const community = `${district}001001`;
  const neighbour = `${district}001002`;
  const month = new Date().toISOString().slice(0, 7);
  const register = (worker: Actor, displayName: string) =>
    eventLike(accountRegisteredV1, { accountId: worker.id, role: 'worker', displayName, registeredAt: now() });
  const earn = (worker: Actor, group: ReportCategoryGroup, communityCode: string) => {
    const reportId = uuidv7();
    return [
      eventLike(reportSubmittedV2, { reportId, reporterId: worker.id, category: categoryOf(group), communityCode, submittedAt: now() }),
      eventLike(reportConfirmedV2, { reportId, reporterId: worker.id, category: categoryOf(group), communityCode, confirmedAt: now() }),
    ];
  };

  const [wang, li, zhao, quiet] = [newWorker(), newWorker(), newWorker(), newWorker()];
  /** Redeems with the points they earned in the first test. */
  const redeemer = wang;

  it("ranks a month's earnings in a community and its district, names masked, a worker who opted out left out but shown their own line", async () => {
    await publishEvents(Topics.accounts, [register(wang, '王建军'), register(li, '李伟'), register(zhao, '赵'), register(quiet, '孙悟空')]);
    const marker = newWorker();
    await publishInOrder(marker, Topics.reports, [
      ...earn(wang, 'safety', community),
      ...earn(wang, 'environment', community),
      ...earn(li, 'people', community), // a care referral: pending until the visit, so no points yet
      ...earn(li, 'safety', community),
      ...earn(quiet, 'facilities', community),
      ...earn(quiet, 'safety', community),
      ...earn(zhao, 'safety', neighbour),
    ]);
    await as(quiet).put(`/accounts/${quiet.id}/leaderboard-preference`).send({ onLeaderboard: false }).expect(200);

    const board = (await as(li).get(`/leaderboards/community/${community}?month=${month}`).expect(200)).body;
    const districtBoard = (await as(quiet).get(`/leaderboards/district/${district}?month=${month}`).expect(200)).body;

    expect(board.entries).toEqual([
      { rank: 1, name: '王**', points: 15, you: false },
      { rank: 2, name: '李*', points: 10, you: true },
    ]);
    expect(board.yours).toBeNull();
    expect(districtBoard.entries).toEqual([
      { rank: 1, name: '王**', points: 15, you: false },
      { rank: 2, name: '李*', points: 10, you: false },
      { rank: 2, name: '***', points: 10, you: false },
    ]);
    expect(districtBoard.yours).toEqual({ rank: null, name: '孙**', points: 18, you: true });
    expectProblem(
      await as(li).put(`/accounts/${quiet.id}/leaderboard-preference`).send({ onLeaderboard: true }),
      403,
      'points-access-denied',
    );
    expectProblem(await as(li).get(`/leaderboards/community/${community.slice(0, 6)}?month=${month}`), 422, 'leaderboard-code-mismatch');
    expectProblem(await as(li).get(`/leaderboards/city/${community}?month=${month}`), 400, 'validation-failed');
  });

  it("sums a month's earnings per community by category group against its budget, for that community's staff and the city office", async () => {
    const admin = actorSchema.parse({ id: `admin-${uuidv7()}`, role: 'admin' });
    const staff = actorSchema.parse({ id: `staff-${uuidv7()}`, role: 'community-staff', scopes: { communities: [community] } });
    await as(admin).put(`/community-budgets/${community}/${month}`).send({ points: 200 }).expect(200);
    // A station of the community, known to points from station.created, and a reward one of its workers redeems there.
    const station = uuidv7();
    await publishEvents(Topics.stations, [eventLike(stationCreatedV1, { stationId: station, communityCode: community })]);
    await waitFor(
      async () => (await queryDatabase(database, 'SELECT 1 FROM station_communities WHERE station_id = $1', [station])).length > 0,
      {
        description: "the station's community",
      },
    );
    const reward = (
      await as(admin)
        .post('/rewards')
        .send({ kind: 'gift', name: { 'zh-CN': '矿泉水', en: 'Bottled water' }, cost: 4 })
        .expect(201)
    ).body as { id: string };
    await as(admin).put(`/rewards/${reward.id}/stocks/${station}`).send({ remaining: null }).expect(200);
    await as(redeemer).post('/redemptions').send({ rewardId: reward.id, stationId: station }).expect(201);

    const figures = (await as(staff).get(`/points-figures?month=${month}`).expect(200)).body;

    expect(figures.communities).toEqual([
      {
        communityCode: community,
        districtCode: community.slice(0, 6),
        earned: 43,
        earnedByGroup: { environment: 5, obstruction: 0, facilities: 8, safety: 30, people: 0, other: 0 },
        creditedReports: 5,
        voided: 0,
        redeemed: 4,
        budget: 200,
        budgetUsedPercent: 21.5,
      },
    ]);
    const cityWide = (await as(admin).get(`/points-figures?month=${month}`).expect(200)).body.communities;
    expect(cityWide.map((row: { communityCode: string }) => row.communityCode)).toEqual(expect.arrayContaining([community, neighbour]));
    expectProblem(await as(newWorker()).get(`/points-figures?month=${month}`), 403, 'community-figures-staff-only');
  });

  it('erases the display name when the account closes', async () => {
    const worker = newWorker();
    await publishEvents(Topics.accounts, [register(worker, '周杰')]);
    await waitFor(
      async () => (await queryDatabase(database, 'SELECT 1 FROM worker_profiles WHERE worker_id = $1', [worker.id])).length > 0,
      {
        description: 'the profile',
      },
    );

    await publishEvents(Topics.accounts, [eventLike(accountClosedV1, { accountId: worker.id, closedAt: now() })]);

    await waitFor(
      async () => (await queryDatabase(database, 'SELECT 1 FROM worker_profiles WHERE worker_id = $1', [worker.id])).length === 0,
      {
        description: 'the profile to be erased',
      },
    );
  });
});
