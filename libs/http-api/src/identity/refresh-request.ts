import { z } from 'zod';

/** `POST /api/v1/auth/refresh`: the refresh token of the last pair, which this use spends. */
export const refreshRequestSchema = z.object({
  refreshToken: z.string().min(1).max(200),
});
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;
