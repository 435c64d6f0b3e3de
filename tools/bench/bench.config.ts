import { loadConfig } from '@waystation/platform';
import { z } from 'zod';

const count = (defaultCount: number) => z.coerce.number().int().min(0).default(defaultCount);

/** `npm run bench`'s sizes; a latency or drain count of 0 skips that phase. */
export const benchConfigSchema = z.object({
  /** Confirmations for the throughput phase. */
  BENCH_COUNT: z.coerce.number().int().min(1).default(2_000),
  /** Offered confirmations per second in the latency phase. */
  BENCH_RATE: z.coerce.number().positive().default(100),
  BENCH_LATENCY_COUNT: count(1_000),
  /** Confirmations queued while points is stopped, then drained. */
  BENCH_DRAIN_COUNT: count(2_000),
});

export type BenchConfig = z.output<typeof benchConfigSchema>;

export const loadBenchConfig = (env: NodeJS.ProcessEnv = process.env): BenchConfig => loadConfig(benchConfigSchema, env);
