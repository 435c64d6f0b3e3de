import { z } from 'zod';

/** The public API's general limits, counted in the gateway's database so every replica shares them. */
export const rateLimitEnvFields = {
  GATEWAY_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  /** Requests one signed-in account may make per window. */
  GATEWAY_RATE_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(300),
  /** Requests one client address may make per window, signed in or not (many workers may share a carrier's NAT). */
  GATEWAY_RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(1_200),
};
