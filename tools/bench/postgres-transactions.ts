import type { PostgresConnection } from '@waystation/infra';
import { Client } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';

/** Committed transactions so far in each of the given databases. */
export type TransactionCounts = Map<string, number>;

// Backends report their counters to the statistics system when idle for about a second, not at each commit.
const STATISTICS_DELAY_MS = 1_500;

export async function committedTransactions(connection: PostgresConnection, databases: readonly string[]): Promise<TransactionCounts> {
  await sleep(STATISTICS_DELAY_MS);
  const client = new Client({ ...connection, database: 'postgres' });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string; xact_commit: string }>(
      'SELECT datname, xact_commit FROM pg_stat_database WHERE datname = ANY($1)',
      [databases],
    );
    return new Map(rows.map((row) => [row.datname, Number(row.xact_commit)]));
  } finally {
    await client.end();
  }
}

/** Transactions per unit of work in each database between two counts. */
export function transactionsPerUnit(before: TransactionCounts, after: TransactionCounts, units: number): [string, number][] {
  return [...after].map(([database, count]) => [database, (count - (before.get(database) ?? 0)) / units]);
}
