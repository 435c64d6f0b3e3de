import { z } from 'zod';

/** The public API's general limits, counted in the gateway's database so every replica shares them. */
export const rateLimitEnvFields = {
  GATEWAY_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  /** Requests one signed-in account may make per window. */
  GATEWAY_RATE_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(300),
  /** Requests one client address may make per window, signed in or not (many workers may share a carrier's NAT). */
  GATEWAY_RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(1_200),
  /**
   * How many proxies (ingress, load balancer) stand between clients and the gateway: the client address is then
   * taken from that far back in `X-Forwarded-For`. 0 trusts no header, so nobody can pose as another address.
   */
  GATEWAY_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
};
