import { loadConfig } from '@waystation/platform';
import { z } from 'zod';

/** `nx run bench:redemptions`' duration and contention. */
export const redemptionsBenchConfigSchema = z.object({
  /** How long each side (gateway, points' own route, the INSERT loop) is measured, after a warm-up of a fifth of it. */
  BENCH_REDEMPTION_SECONDS: z.coerce.number().int().min(1).max(600).default(15),
  /** Workers redeeming the one popular reward at once, each in a closed loop; the INSERT loop runs as many connections. */
  BENCH_REDEMPTION_WORKERS: z.coerce.number().int().min(1).max(200).default(32),
});

export type RedemptionsBenchConfig = z.output<typeof redemptionsBenchConfigSchema>;

export const loadRedemptionsBenchConfig = (env: NodeJS.ProcessEnv = process.env): RedemptionsBenchConfig =>
  loadConfig(redemptionsBenchConfigSchema, env);
