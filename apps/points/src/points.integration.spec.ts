import { INestApplication } from '@nestjs/common';
import { Actor, Page, ReportCategoryV1, ReportConfirmedV1, reportConfirmedV1, reportConfirmedV2, Topics } from '@waystation/contracts';
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
import { spawn } from 'node:child_process';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AccountQueries } from './accounts/account-queries.service';
import { AppModule } from './app.module';
import { pointsConfigSchema } from './config/points.config';
import { ReportCrediting } from './earning/report-crediting.service';
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

const pointsOf: Record<ReportCategoryV1, number> = {
  sanitation: 10,
  'piled-materials': 10,
  'exposed-garbage': 10,
  'road-damage': 15,
  'safety-hazard': 20,
  'elderly-care': 30,
  other: 5,
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

describe(ReportCrediting.name, () => {
  it.each([
    ['sanitation', 10],
    ['safety-hazard', 20],
    ['elderly-care', 30],
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

    await waitForBalance(marker, 5);
    expect(await balanceOf(worker)).toBe(10);
    expect((await transactionsOf(worker)).items).toHaveLength(1);
    expect(await creditsFor(worker)).toHaveLength(1);
  });

  it('credits a report once when two different report.confirmed events for it arrive back to back on one partition', async () => {
    const worker = newWorker();
    const first = reportConfirmed(worker, 'sanitation');
    const marker = newWorker();

    await publishEvents(Topics.reports, [first, confirmedAgain(first), reportConfirmed(marker, 'other')], first.aggregateId);

    await waitForBalance(marker, 5);
    expect(await balanceOf(worker)).toBe(10);
    expect((await transactionsOf(worker)).items).toHaveLength(1);
    expect(await creditsFor(worker)).toHaveLength(1);
  });

  it('credits a report once when its second report.confirmed comes in a later batch', async () => {
    const worker = newWorker();
    const first = reportConfirmed(worker, 'road-damage');
    await publishEvents(Topics.reports, [first]);
    await waitForBalance(worker, 15);
    const marker = newWorker();

    await publishEvents(Topics.reports, [confirmedAgain(first), reportConfirmed(marker, 'other')], first.aggregateId);

    await waitForBalance(marker, 5);
    expect(await balanceOf(worker)).toBe(15);
    expect(await creditsFor(worker)).toHaveLength(1);
  });

  it("credits consecutive confirmations in one transaction, each with its own worker's running balance", async () => {
    const [first, second] = [newWorker(), newWorker()];
    const events = [
      reportConfirmed(first, 'sanitation'),
      reportConfirmed(second, 'road-damage'),
      reportConfirmed(first, 'elderly-care'),
      reportConfirmed(first, 'other'),
    ];

    // One key and one produce request: the four arrive together, in this order.
    await publishEvents(Topics.reports, events, first.id);

    await waitForBalance(first, 45);
    expect((await creditsFor(first)).map((credit) => credit.balanceAfter)).toEqual([10, 40, 45]);
    expect((await creditsFor(second)).map((credit) => credit.balanceAfter)).toEqual([15]);
    const transactions = await queryDatabase(
      database,
      'SELECT DISTINCT xmin FROM ledger_postings WHERE source_event_id = ANY($1::uuid[])',
      [events.map((event) => event.id)],
    );
    expect(transactions).toHaveLength(1);
  });

  it('serialises concurrent credits to one worker: distinct running balances that add up', async () => {
    const worker = newWorker();
    const categories: ReportCategoryV1[] = ['sanitation', 'safety-hazard', 'elderly-care', 'road-damage', 'other', 'piled-materials'];
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

  it("credits a report.confirmed v2 what its group's nearest v1 category earns, once beside a v1 event for the same report", async () => {
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
    expectedBalances.set(worker, pointsOf['safety-hazard'] + pointsOf['elderly-care']);

    await publishEvents(Topics.reports, [v2, v1, alone]);

    await waitForBalance(worker, pointsOf['safety-hazard'] + pointsOf['elderly-care']);
    expect((await creditsFor(worker)).map((credit) => credit.amount).sort((a, b) => a - b)).toEqual([20, 30]);
  });
});

describe(AccountQueries.name, () => {
  it('shows a worker with no account a zero balance and no transactions', async () => {
    const worker = newWorker();

    const balance = (await as(worker).get(`/accounts/${worker.id}/balance`).expect(200)).body;

    expect(balance).toEqual({ accountId: worker.id, balance: 0, asOf: expect.any(String) });
    expect(await transactionsOf(worker)).toEqual({ items: [], nextCursor: null });
  });

  it("answers 403 to a worker reading another worker's points, and shows them to staff", async () => {
    const owner = newWorker();
    await publishEvents(Topics.reports, [reportConfirmed(owner, 'safety-hazard')]);
    await waitForBalance(owner, 20);

    expectProblem(await as(newWorker()).get(`/accounts/${owner.id}/balance`), 403, 'points-access-denied');
    expectProblem(await as(newWorker()).get(`/accounts/${owner.id}/transactions`), 403, 'points-access-denied');
    expect(await balanceOf(owner, newStaff())).toBe(20);
    expect((await as(newStaff()).get(`/accounts/${owner.id}/transactions`).expect(200)).body.items).toHaveLength(1);
  });

  it('answers 401 without an access token', async () => {
    expectProblem(await as().get(`/accounts/${newWorker().id}/balance`), 401, 'invalid-token');
  });

  it('pages through the transactions newest first, each exactly once', async () => {
    const worker = newWorker();
    const events = (['sanitation', 'safety-hazard', 'elderly-care'] as const).map((category) => reportConfirmed(worker, category));
    // One key, so they are credited in this order.
    await publishEvents(Topics.reports, events, worker.id);
    await waitForBalance(worker, 60);

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
  it('stays balanced: every account derived from postings, all summing to zero', async () => {
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
    expect(issuance?.balance).toBe(-workers.reduce((sum, account) => sum + account.balance, 0));
    expect(issuance?.balance).toBeLessThan(0);
    for (const [worker, expected] of expectedBalances) {
      expect(workers.find((account) => account.owner_id === worker.id)?.balance).toBe(expected);
    }
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
