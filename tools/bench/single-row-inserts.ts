import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { LoadResult } from './closed-loop';
import { summarize } from './stats';

/** A statement a loop runs again and again, with fresh parameters each time. */
export interface Statement {
  sql: string;
  parameters: () => unknown[];
}

/**
 * The points benches' same-run baseline: a plain single-row INSERT into a logged table of the points database
 * (as the ledger's are), what the database does at the least per committed write.
 */
export const INSERT_ONE_ROW: Statement = {
  sql: 'INSERT INTO bench_insert_baseline (id, at) VALUES ($1, now())',
  parameters: () => [randomUUID()],
};

/** `connections` connections each running the statement in a loop (autocommit: a transaction each), for `seconds`. */
export async function statementLoop(db: Pool, seconds: number, connections: number, { sql, parameters }: Statement): Promise<LoadResult> {
  await db.query('CREATE TABLE IF NOT EXISTS bench_insert_baseline (id uuid PRIMARY KEY, at timestamptz NOT NULL)');
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1_000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = await db.connect();
      try {
        while (performance.now() < deadline) {
          const sent = performance.now();
          await client.query(sql, parameters());
          latencies.push(performance.now() - sent);
        }
      } finally {
        client.release();
      }
    }),
  );
  const { p50, p99 } = summarize(latencies);
  const elapsed = (performance.now() - started) / 1_000;
  return { requests: latencies.length, perSecond: latencies.length / elapsed, p50, p99, errors: 0, meanBytes: 0 };
}
