import { WaystationSystem } from '@waystation/system';
import { databaseUrl, startTestSystem } from '@waystation/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { confirmThroughFault, exactlyOnce } from './confirm-through-fault';

const CONFIRMATIONS = 500;
/** What a migration rewriting the table, or a long maintenance statement, holds. */
const LOCK_HELD_MS = 15_000;

/** Holds an ACCESS EXCLUSIVE lock on the ledger in an open transaction of our own connection for `ms`. */
async function lockLedgerFor(ms: number): Promise<void> {
  const client = new Client({ connectionString: databaseUrl('points') });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('LOCK TABLE ledger_postings IN ACCESS EXCLUSIVE MODE');
    await sleep(ms);
    await client.query('ROLLBACK');
  } finally {
    await client.end();
  }
}

describe('fault: the ledger table locked for 15 s while reports are confirmed', () => {
  let system: WaystationSystem;

  beforeAll(async () => {
    system = await startTestSystem();
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  }, 60_000);

  it(`waits out the lock, then credits all ${CONFIRMATIONS} reports once and dead-letters none`, async () => {
    const outcome = await confirmThroughFault(system, 'ledger locked 15 s', {
      count: CONFIRMATIONS,
      faultAfter: 50,
      fault: () => lockLedgerFor(LOCK_HELD_MS),
      settleTimeoutMs: 120_000,
    });

    expect(outcome).toEqual(exactlyOnce(CONFIRMATIONS));
  }, 420_000);
});
