import { connectionUrl } from '@waystation/infra';
import { pathOf, RewardsRoutes } from '@waystation/http-api';
import { DEMO_WORKER, GatewaySession, signInByPhone, signInWithPassword } from '@waystation/seed';
import { DEVELOPMENT_ADMIN } from '@waystation/contracts';
import { Pool } from 'pg';
import { randomUUID } from 'node:crypto';
import { startBenchSystem } from './bench-system';
import { closedLoop, LoadResult } from './closed-loop';
import { cpuPerUnit, cpuSnapshot } from './cpu-usage';
import { committedTransactions, transactionsPerUnit } from './postgres-transactions';
import { loadRedemptionsBenchConfig } from './redemptions-bench.config';
import { INSERT_ONE_ROW, Statement, statementLoop } from './single-row-inserts';
import { summarize } from './stats';

/**
 * `nx run bench:redemptions`: redemptions per second under contention for one popular reward (one stock row that
 * every redemption takes an item from), many workers each in a closed loop, measured through the gateway
 * (`POST /api/v1/redemptions`) and straight on the points service's own route with the same tokens, beside a plain
 * single-row INSERT loop on the points database with as many connections, and the stock row's UPDATE alone, in the
 * same run, and redemptions of an unlimited reward (no row lock) on points' route. Prints the machine's CPU
 * per redemption by process kind and PostgreSQL transactions per redemption: where the time goes. Its own
 * PostgreSQL, Kafka and apps; 127.0.0.1 only. Not a test: it prints figures.
 */
const { BENCH_REDEMPTION_SECONDS: SECONDS, BENCH_REDEMPTION_WORKERS: WORKERS } = loadRedemptionsBenchConfig();
/** The share of the INSERT loop's rate redemptions should reach. */
const TARGET = 0.25;
const POINTS_EACH = 10_000_000;

interface Measured {
  result: LoadResult;
  cpu: [string, number][];
  transactions: [string, number][];
}

async function main(): Promise<void> {
  const bench = await startBenchSystem({
    name: 'bench-redemptions',
    ports: { postgres: 27532, kafka: 29392, kafkaController: 29393 },
    portOffset: 2_700,
  });
  const pointsDb = new Pool({ connectionString: connectionUrl(bench.infra.postgres, 'points'), max: WORKERS });
  try {
    const admin = await signInWithPassword(bench.gateway, DEVELOPMENT_ADMIN.username, DEVELOPMENT_ADMIN.password);
    const stationId = randomUUID();
    const reward = await admin.call<{ id: string }>('POST', '/api/v1/rewards', {
      kind: 'gift',
      name: { 'zh-CN': '热门礼品', en: 'Popular gift' },
      cost: 1,
    });
    await admin.call('PUT', `/api/v1/rewards/${reward.id}/stocks/${stationId}`, { remaining: 1_000_000 });
    // The same with no stock to count: its redemptions take no row lock, so they show what the stock row costs.
    const unlimited = await admin.call<{ id: string }>('POST', '/api/v1/rewards', {
      kind: 'gift',
      name: { 'zh-CN': '不限量礼品', en: 'Unlimited gift' },
      cost: 1,
    });
    await admin.call('PUT', `/api/v1/rewards/${unlimited.id}/stocks/${stationId}`, { remaining: null });
    log(`signing in ${WORKERS} workers and crediting each ${POINTS_EACH} points…`);
    const workers: GatewaySession[] = [];
    for (let i = 0; i < WORKERS; i++) {
      const phone = `+86139${String(i).padStart(8, '0')}`;
      const worker = await signInByPhone(bench.gateway, { ...DEMO_WORKER, phone, smsOutbox: bench.smsOutbox });
      await credit(pointsDb, (await worker.call<{ id: string }>('GET', '/api/v1/me')).id, POINTS_EACH);
      workers.push(worker);
    }
    const body = JSON.stringify({ rewardId: reward.id, stationId });
    const unlimitedBody = JSON.stringify({ rewardId: unlimited.id, stationId });
    const sides = {
      gateway: { origin: bench.gateway, path: '/api/v1/redemptions' },
      direct: { origin: bench.system.url('points'), path: pathOf(RewardsRoutes.place, {}) },
    };
    const redeem = (side: { origin: string; path: string }, seconds: number, what = body) =>
      closedLoopPerWorker(side.origin, side.path, workers, what, seconds);

    const warmUp = Math.max(1, Math.round(SECONDS / 5));
    log(`warming up (${warmUp} s each)…`);
    await redeem(sides.gateway, warmUp);
    await redeem(sides.direct, warmUp);
    await statementLoop(pointsDb, warmUp, WORKERS, INSERT_ONE_ROW);
    log(`measuring each side for ${SECONDS} s with ${WORKERS} workers…`);
    const measure = async (run: () => Promise<LoadResult>): Promise<Measured> => {
      const [cpuBefore, transactionsBefore] = [cpuSnapshot(), await committedTransactions(bench.infra.postgres, ['points'])];
      const result = await run();
      const [cpuAfter, transactionsAfter] = [cpuSnapshot(), await committedTransactions(bench.infra.postgres, ['points'])];
      return {
        result,
        cpu: cpuPerUnit(cpuBefore, cpuAfter, result.requests),
        transactions: transactionsPerUnit(transactionsBefore, transactionsAfter, result.requests),
      };
    };
    const gateway = await measure(() => redeem(sides.gateway, SECONDS));
    const direct = await measure(() => redeem(sides.direct, SECONDS));
    const directUnlimited = await measure(() => redeem(sides.direct, SECONDS, unlimitedBody));
    const inserts = await measure(() => statementLoop(pointsDb, SECONDS, WORKERS, INSERT_ONE_ROW));
    // The stock row alone: the one statement every redemption queues on, each in its own transaction.
    const hotRow = await measure(() => statementLoop(pointsDb, SECONDS, WORKERS, takeOneFrom(reward.id, stationId)));
    const [{ discrepancies }] = (await pointsDb.query<{ discrepancies: number }>(DISCREPANCIES)).rows;

    console.log(`
Redemptions of one popular reward (one stock row, cost 1) by ${WORKERS} workers, each in a closed loop, ${SECONDS} s a side,
beside a single-row INSERT loop on the same points database with ${WORKERS} connections

  ${'side'.padEnd(40)} ${'per s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)}  ${'PG tx'.padStart(6)}   CPU ms each, by process
${row(`gateway  POST /api/v1/redemptions`, gateway)}
${row(`direct   POST ${RewardsRoutes.place.path} (points)`, direct)}
${row(`direct   the same, an unlimited reward`, directUnlimited)}
${row('INSERT   one row, autocommit', inserts)}
${row('UPDATE   the stock row alone, autocommit', hotRow)}

  redemptions reach ${percent(gateway.result.perSecond / inserts.result.perSecond)} of the INSERT loop through the gateway, ${percent(direct.result.perSecond / inserts.result.perSecond)} on points' own route (target ≥ ${percent(TARGET)})
  the stock row alone takes ${hotRow.result.perSecond.toFixed(0)} updates/s; redemptions that take no row lock (unlimited) run at ${percent(directUnlimited.result.perSecond / direct.result.perSecond)} of those that do
  the gateway keeps ${percent(gateway.result.perSecond / direct.result.perSecond)} of the direct rate; ${discrepancies} cached balances differ from their postings afterwards
`);
  } finally {
    await pointsDb.end();
    await bench.stop();
  }
}

/** Credits the worker's account from the issuance account, as a confirmed report would, keeping the cached balance exact. */
async function credit(db: Pool, workerId: string, points: number): Promise<void> {
  await db.query(
    `WITH account AS (
       INSERT INTO ledger_accounts (id, kind, owner_id, balance) VALUES (gen_random_uuid(), 'worker', $1, $2)
       ON CONFLICT (kind, owner_id) DO UPDATE SET balance = ledger_accounts.balance + EXCLUDED.balance
       RETURNING id
     )
     INSERT INTO ledger_postings (id, credit_key, debit_account_id, credit_account_id, amount, reason, posted_at)
     SELECT gen_random_uuid(), 'bench-grant:' || $1, '00000000-0000-7000-8000-000000000001', account.id, $2, 'bench-grant', now() FROM account`,
    [workerId, points],
  );
}

/** Each worker a client of its own (so no two requests wait on one worker's account lock), all for `seconds`. */
async function closedLoopPerWorker(
  origin: string,
  path: string,
  workers: GatewaySession[],
  body: string,
  seconds: number,
): Promise<LoadResult> {
  const results = await Promise.all(
    workers.map((worker) =>
      closedLoop(origin, {
        concurrency: 1,
        seconds,
        method: 'POST',
        path: () => path,
        body: () => body,
        okStatus: 201,
        headers: { authorization: `Bearer ${worker.accessToken}`, 'content-type': 'application/json' },
      }),
    ),
  );
  return combined(results, seconds);
}

const takeOneFrom = (rewardId: string, stationId: string): Statement => ({
  sql: `UPDATE reward_stocks SET remaining = remaining - 1 WHERE reward_id = $1 AND station_id = $2 AND remaining > 0 RETURNING remaining`,
  parameters: () => [rewardId, stationId],
});

function combined(results: LoadResult[], seconds: number): LoadResult {
  const requests = results.reduce((sum, result) => sum + result.requests, 0);
  return {
    requests,
    perSecond: requests / seconds,
    // The median of the workers' medians and the worst p99: each worker's loop saw the same contention.
    p50: summarize(results.map((result) => result.p50)).p50,
    p99: Math.max(...results.map((result) => result.p99)),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    meanBytes: 0,
  };
}

const DISCREPANCIES = `
  SELECT count(*)::integer AS discrepancies FROM ledger_accounts account
   WHERE account.balance IS DISTINCT FROM
         (SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE credit_account_id = account.id)
       - (SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE debit_account_id = account.id)
     AND account.kind = 'worker'`;

const row = (side: string, { result, cpu, transactions }: Measured) =>
  `  ${side.padEnd(40)} ${result.perSecond.toFixed(0).padStart(8)} ${result.p50.toFixed(1).padStart(8)} ${result.p99.toFixed(1).padStart(8)} ${String(result.errors).padStart(7)}  ${(transactions[0]?.[1] ?? 0).toFixed(1).padStart(6)}   ${cpu
    .filter(([, ms]) => ms >= 0.01)
    .map(([kind, ms]) => `${kind} ${ms.toFixed(2)}`)
    .join(', ')}`;
const percent = (ratio: number) => `${(ratio * 100).toFixed(0)} %`;
const log = (message: string) => console.error(`[bench:redemptions] ${message}`);

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
