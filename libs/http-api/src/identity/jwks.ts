import { z } from 'zod';

/** One public signing key of the gateway (RFC 7517), as `/.well-known/jwks.json` lists it. */
export const publicJwkSchema = z.looseObject({
  kid: z.string(),
  kty: z.string(),
  alg: z.string(),
  use: z.literal('sig'),
});

/** The gateway's JSON Web Key Set: every key whose access tokens may still be unexpired, the signing one first. */
export const jwksSchema = z.object({ keys: z.array(publicJwkSchema) });
export type Jwks = z.infer<typeof jwksSchema>;
