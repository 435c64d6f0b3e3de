import { loadConfig } from '@waystation/platform';
import { z } from 'zod';

/** `nx run bench:gateway-overhead`'s duration. */
export const gatewayOverheadBenchConfigSchema = z.object({
  /** How long each side (through the gateway, straight on the service) is measured, after a warm-up of a fifth of it. */
  BENCH_GATEWAY_SECONDS: z.coerce.number().int().min(1).max(600).default(15),
});

export type GatewayOverheadBenchConfig = z.output<typeof gatewayOverheadBenchConfigSchema>;

export const loadGatewayOverheadBenchConfig = (env: NodeJS.ProcessEnv = process.env): GatewayOverheadBenchConfig =>
  loadConfig(gatewayOverheadBenchConfigSchema, env);
