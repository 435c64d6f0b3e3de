import { z } from 'zod';

/** What every sign-in (phone code, staff password, the city's identity provider) and every refresh answers. */
export const tokenPairSchema = z.object({
  tokenType: z.literal('Bearer'),
  /** A short-lived JWT: send it as `Authorization: Bearer <accessToken>`. */
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int().positive(),
  /** Opaque; exchange it for a new pair before the access token expires. It works once: every use rotates it. */
  refreshToken: z.string(),
  /** The account signed in, its role and scopes, so a client need not decode the JWT. */
  account: z.object({ id: z.string(), role: z.string(), displayName: z.string() }),
});
export type TokenPair = z.infer<typeof tokenPairSchema>;
