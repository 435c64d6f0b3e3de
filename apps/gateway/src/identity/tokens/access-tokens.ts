import { ACCESS_TOKEN_AUDIENCE, AccessTokenClaims, accessTokenClaimsSchema, Actor } from '@waystation/contracts';
import { errors, JWTHeaderParameters, jwtVerify, SignJWT } from 'jose';
import { AccessTokenExpiredError, AccessTokenInvalidError } from '../identity-errors';
import { ACCESS_TOKEN_ALGORITHM, AccessTokenKeys } from '../keys/access-token-keys';

export interface AccessTokenSettings {
  issuer: string;
  ttlSeconds: number;
}

/** Tolerated difference between the clocks of the gateway replicas (and the services) when checking `exp`. */
const CLOCK_TOLERANCE_SECONDS = 5;

/**
 * Signs and verifies the gateway's access tokens: JWTs whose claims are exactly `accessTokenClaimsSchema`, the
 * `kid` of the signing key in the header. Verification uses the keys at hand, never an HTTP call.
 */
export class AccessTokens {
  constructor(
    private readonly keys: AccessTokenKeys,
    readonly settings: AccessTokenSettings,
  ) {}

  async sign(actor: Actor, sessionId: string): Promise<string> {
    const { kid, privateKey } = this.keys.signingKey();
    return new SignJWT({ role: actor.role, scopes: actor.scopes, sid: sessionId })
      .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid })
      .setIssuer(this.settings.issuer)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setSubject(actor.id)
      .setIssuedAt()
      .setExpirationTime(`${this.settings.ttlSeconds}s`)
      .sign(privateKey);
  }

  /** The claims of a token this gateway signed and that has not expired; else AccessToken(Expired|Invalid)Error. */
  async verify(token: string): Promise<AccessTokenClaims> {
    try {
      const { payload } = await jwtVerify(token, (header) => this.keyOf(header), {
        algorithms: [ACCESS_TOKEN_ALGORITHM],
        issuer: this.settings.issuer,
        audience: ACCESS_TOKEN_AUDIENCE,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'iat', 'exp'],
      });
      return accessTokenClaimsSchema.parse(payload);
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new AccessTokenExpiredError();
      throw new AccessTokenInvalidError();
    }
  }

  private async keyOf(header: JWTHeaderParameters) {
    const key = header.kid === undefined ? undefined : await this.keys.verificationKey(header.kid);
    if (!key) throw new errors.JWKSNoMatchingKey();
    return key;
  }
}
