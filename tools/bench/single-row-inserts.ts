import type { PostgresConnection } from '@waystation/infra';
import { Client } from 'pg';

/**
 * The same-run baseline of the points benches: single-row INSERTs, one after another, each its own transaction,
 * into a scratch table of `database` on the bench's PostgreSQL. What the database does at the least per write.
 */
export async function singleRowInsertsPerSecond(connection: PostgresConnection, database: string, count: number): Promise<number> {
  const client = new Client({ ...connection, database });
  await client.connect();
  try {
    // A logged table, as the ledger's are: a temporary one would skip the write-ahead log each commit waits on.
    await client.query('CREATE TABLE bench_single_rows (id integer PRIMARY KEY, note text NOT NULL)');
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      await client.query('INSERT INTO bench_single_rows (id, note) VALUES ($1, $2)', [i, `row ${i}`]);
    }
    return (count / (performance.now() - started)) * 1_000;
  } finally {
    await client.query('DROP TABLE IF EXISTS bench_single_rows').catch(() => undefined);
    await client.end();
  }
}
