import { Pool } from 'undici';
import { summarize } from './stats';

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** Mean response body size in bytes. */
  meanBytes: number;
}

/**
 * `concurrency` clients each sending the next request as soon as the last is answered, for `seconds`, through
 * one undici pool (a connection per client): the closed loop autocannon runs, without its process.
 */
export async function closedLoop(
  origin: string,
  {
    concurrency,
    seconds,
    path,
    headers,
    method = 'GET',
    body,
    okStatus = 200,
  }: {
    concurrency: number;
    seconds: number;
    path: (i: number) => string;
    headers: Record<string, string>;
    method?: 'GET' | 'POST';
    /** The JSON body of request `i` (a POST's). */
    body?: (i: number) => string;
    /** The status a request counts as answered right with (201 for a creating POST). */
    okStatus?: number;
  },
): Promise<LoadResult> {
  const pool = new Pool(origin, { connections: concurrency, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1_000;
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < deadline) {
          const sent = performance.now();
          const i = next++;
          const response = await pool.request({ method, path: path(i), headers, body: body?.(i) });
          const answer = await response.body.text();
          latencies.push(performance.now() - sent);
          bytes += answer.length;
          if (response.statusCode !== okStatus) errors++;
        }
      }),
    );
  } finally {
    await pool.close();
  }
  const elapsed = (performance.now() - started) / 1_000;
  const { p50, p99 } = summarize(latencies);
  return {
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50,
    p99,
    errors,
    meanBytes: bytes / Math.max(1, latencies.length),
  };
}
