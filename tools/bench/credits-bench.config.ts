import { loadConfig } from '@waystation/platform';
import { z } from 'zod';

/** `npm run bench:credits`'s sizes. */
export const creditsBenchConfigSchema = z.object({
  /** Reports in the backlog (each a submission and a confirmation). */
  BENCH_CREDITS_COUNT: z.coerce.number().int().min(2).default(10_000),
  /** Workers the reports are spread over: enough that no one reaches the monthly cap (300 points, 60 reports). */
  BENCH_CREDITS_WORKERS: z.coerce.number().int().min(1).default(1_000),
});

export type CreditsBenchConfig = z.output<typeof creditsBenchConfigSchema>;

export const loadCreditsBenchConfig = (env: NodeJS.ProcessEnv = process.env): CreditsBenchConfig =>
  loadConfig(creditsBenchConfigSchema, env);
