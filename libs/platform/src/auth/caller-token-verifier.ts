import { Actor, ACCESS_TOKEN_AUDIENCE, accessTokenClaimsSchema, actorFromClaims } from '@waystation/contracts';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { CallerTokenRejectedError } from './caller-token-rejected.error';
import { IdentityUnavailableError } from './identity-unavailable.error';

/** The only signature algorithms accepted: asymmetric ones, so no `none` and no HMAC keyed with a public key. */
export const ACCESS_TOKEN_ALGORITHMS = ['ES256', 'EdDSA'];

/** Clocks of the gateway and a service may differ a little; a token is not refused for that alone. */
const CLOCK_TOLERANCE_SECONDS = 5;

export interface CallerTokenOptions {
  /** The gateway's `/.well-known/jwks.json`. */
  jwksUrl: string;
  /** The `iss` the gateway signs its access tokens with. */
  issuer: string;
}

/**
 * Verifies the gateway's access token a service is called with (signature against the gateway's JWKS, issuer,
 * audience, expiry, the claims' shape) and returns the actor it names. The key set is fetched when first needed
 * and again when a token names a `kid` it does not hold, so the gateway can rotate keys.
 */
export class CallerTokenVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly options: CallerTokenOptions) {
    this.keys = createRemoteJWKSet(new URL(options.jwksUrl));
  }

  async verify(token: string): Promise<Actor> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: ACCESS_TOKEN_AUDIENCE,
        algorithms: ACCESS_TOKEN_ALGORITHMS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      const claims = accessTokenClaimsSchema.safeParse(payload);
      if (!claims.success) throw new CallerTokenRejectedError('invalid');
      return actorFromClaims(claims.data);
    } catch (error) {
      throw rejectionOf(error);
    }
  }
}

function rejectionOf(error: unknown): Error {
  if (error instanceof CallerTokenRejectedError) return error;
  if (error instanceof errors.JWTExpired) return new CallerTokenRejectedError('expired');
  // The key set could not be fetched in time: the token may be fine, the service cannot tell yet.
  if (error instanceof errors.JWKSTimeout) return new IdentityUnavailableError(error);
  if (error instanceof errors.JOSEError) return new CallerTokenRejectedError('invalid');
  return new IdentityUnavailableError(error);
}
