import { WaystationSystem } from '@waystation/system';
import { ensureTestInfraRunning, gatewayAs, startTestPostgres, startTestSystem, stopTestPostgres } from '@waystation/testing';
import { newWorkerAccount } from '../accounts';
import { setTimeout as sleep } from 'node:timers/promises';
import { confirmThroughFault, exactlyOnce } from './confirm-through-fault';

const CONFIRMATIONS = 500;
/** Long enough for a restart or a failover, short enough that no one should have to replay anything by hand. */
const POSTGRES_DOWN_MS = 10_000;
/**
 * Under real load a consumer is behind when the database goes; on this machine points catches up within
 * milliseconds, and PostgreSQL going away then finds nothing on Kafka to fail. Pausing points this long first
 * (SIGSTOP, resumed once the server is down) leaves report.confirmed events waiting for it on Kafka when the
 * outage starts.
 */
const POINTS_BEHIND_MS = 2_000;

describe('fault: PostgreSQL restarted on its data directory while reports are confirmed', () => {
  let system: WaystationSystem;

  beforeAll(async () => {
    system = await startTestSystem();
  }, 120_000);

  afterAll(async () => {
    system?.app('points').resume();
    await ensureTestInfraRunning();
    await system?.stop();
  }, 120_000);

  /** What a client hears while the database is down: told to wait and retry, never that the server failed. */
  let answerDuringOutage: { status: number; retryAfter: string | undefined; code: string } | undefined;

  /** Stops PostgreSQL while points has events waiting for it, and starts it again on the same data directory. */
  async function restartPostgresWhilePointsIsBehind(): Promise<void> {
    const points = system.app('points');
    // Signed up before the outage: signing up needs the gateway's database too.
    const asker = await newWorkerAccount(system.url('gateway'));
    points.suspend();
    try {
      await sleep(POINTS_BEHIND_MS);
      await stopTestPostgres();
    } finally {
      points.resume();
    }
    const balance = await gatewayAs(system.url('gateway'), asker).get('/api/v1/me/points');
    answerDuringOutage = { status: balance.status, retryAfter: balance.headers['retry-after'], code: balance.body.code };
    await sleep(POSTGRES_DOWN_MS);
    await startTestPostgres();
  }

  it(`credits exactly ${CONFIRMATIONS} reports, each once, and dead-letters none across a ${POSTGRES_DOWN_MS / 1000} s PostgreSQL outage`, async () => {
    const outcome = await confirmThroughFault(system, 'PostgreSQL restarted', {
      count: CONFIRMATIONS,
      faultAfter: CONFIRMATIONS / 4,
      fault: restartPostgresWhilePointsIsBehind,
      settleTimeoutMs: 120_000,
    });

    expect(outcome).toEqual(exactlyOnce(CONFIRMATIONS));
    expect(answerDuringOutage).toEqual({ status: 503, retryAfter: '2', code: 'database-unavailable' });
  }, 480_000);
});
