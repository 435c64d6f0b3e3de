import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { combinedVerdict, fixedWindowAt, RateLimit, RateLimitVerdict, verdictOf } from './rate-limit-window';

interface CounterRow {
  key: string;
  hits: number;
  window_end: Date;
}

/**
 * Counts hits in fixed windows kept in the gateway's PostgreSQL, so a limit holds across every replica. One
 * statement per hit, whatever the number of limits: an upsert on the counters' primary key that starts the
 * counter again when a new window has begun, and returns each count.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one hit against every limit (in `manager`'s transaction when given) and says whether it may go on. */
  async hit(limits: RateLimit[], manager: EntityManager = this.dataSource.manager, now = new Date()): Promise<RateLimitVerdict> {
    // One per key, sorted, so two hits on the same counters lock them in the same order and never deadlock.
    const counted = [...new Map(limits.map((limit) => [limit.key, limit])).values()].sort((a, b) => (a.key < b.key ? -1 : 1));
    const windows = counted.map((limit) => fixedWindowAt(now, limit.windowSeconds));
    const rows: CounterRow[] = await manager.query(
      `INSERT INTO rate_limit_counters AS counter (key, window_start, window_end, hits)
       SELECT key, window_start, window_end, 1
         FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[]) AS hit (key, window_start, window_end)
        ORDER BY key
       ON CONFLICT (key) DO UPDATE
          SET hits = CASE WHEN EXCLUDED.window_start > counter.window_start THEN 1 ELSE counter.hits + 1 END,
              window_start = GREATEST(counter.window_start, EXCLUDED.window_start),
              window_end = GREATEST(counter.window_end, EXCLUDED.window_end)
       RETURNING key, hits, window_end`,
      [counted.map((limit) => limit.key), windows.map((window) => window.start), windows.map((window) => window.end)],
    );
    const limitOf = (key: string) => counted.find((limit) => limit.key === key)?.limit ?? 0;
    return combinedVerdict(rows.map((row) => verdictOf(row.hits, limitOf(row.key), now, new Date(row.window_end))));
  }

  /** Forgets counters whose window has ended; returns how many. */
  async forgetEnded(now = new Date()): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(`DELETE FROM rate_limit_counters WHERE window_end < $1`, [now]);
    return deleted;
  }
}
