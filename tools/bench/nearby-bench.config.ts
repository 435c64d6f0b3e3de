import { loadConfig } from '@waystation/platform';
import { z } from 'zod';

/** `nx run bench:nearby`'s sizes. */
export const nearbyBenchConfigSchema = z.object({
  /** Stations loaded into the stations database before measuring. */
  BENCH_NEARBY_STATIONS: z.coerce.number().int().min(1_000).default(200_000),
  /** How long each route is measured, after a warm-up of a fifth of it. */
  BENCH_NEARBY_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
});

export type NearbyBenchConfig = z.output<typeof nearbyBenchConfigSchema>;

export const loadNearbyBenchConfig = (env: NodeJS.ProcessEnv = process.env): NearbyBenchConfig => loadConfig(nearbyBenchConfigSchema, env);
