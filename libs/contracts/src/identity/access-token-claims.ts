import { z } from 'zod';
import { actorRoleSchema } from '../shared/actor-role.schema';
import { Actor, actorScopesSchema } from '../shared/actor.schema';

/**
 * The claims of the gateway's access token (a JWT signed with the gateway's key, `kid` in its header, the
 * public keys at the gateway's `/.well-known/jwks.json`). The gateway forwards it to the services, which verify
 * signature, issuer, audience and expiry and take the actor from these claims, never from a plain header.
 */
export const accessTokenClaimsSchema = z.object({
  iss: z.string().min(1),
  aud: z.union([z.string(), z.array(z.string())]),
  /** The account id: the pseudonymous actor id every service knows the person by. */
  sub: z.string().min(1).max(100),
  role: actorRoleSchema,
  scopes: actorScopesSchema,
  /** The sign-in session (refresh-token family) it belongs to; revoking the session revokes the token at the gateway. */
  sid: z.string().min(1),
  iat: z.number().int(),
  exp: z.number().int(),
});
export type AccessTokenClaims = z.infer<typeof accessTokenClaimsSchema>;

/** The audience of the gateway's access tokens: the Waystation services behind the gateway. */
export const ACCESS_TOKEN_AUDIENCE = 'waystation';

export function actorFromClaims(claims: AccessTokenClaims): Actor {
  return { id: claims.sub, role: claims.role, scopes: claims.scopes };
}
