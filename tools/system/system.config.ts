import { loadConfig } from '@waystation/platform';
import { z } from 'zod';

/** How the tooling runs the apps as processes (npm start, the bench, the e2e specs). */
export const systemConfigSchema = z.object({
  /** Options for every app's node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/profiles`. */
  WAYSTATION_NODE_ARGS: z
    .string()
    .default('')
    .transform((value) => value.split(' ').filter(Boolean)),
  /** How long starting an app may take before it counts as failed; a loaded machine compiles the apps slowly. */
  WAYSTATION_READY_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(90_000),
});

export type SystemConfig = z.output<typeof systemConfigSchema>;

export const loadSystemConfig = (env: NodeJS.ProcessEnv = process.env): SystemConfig => loadConfig(systemConfigSchema, env);
