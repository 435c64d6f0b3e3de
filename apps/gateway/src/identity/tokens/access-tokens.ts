import { ACCESS_TOKEN_AUDIENCE, AccessTokenClaims, accessTokenClaimsSchema, Actor } from '@waystation/contracts';
import { errors, JWTHeaderParameters, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import { AccessTokenExpiredError, AccessTokenInvalidError } from '../identity-errors';
import { ACCESS_TOKEN_ALGORITHM, AccessTokenKeys } from '../keys/access-token-keys';

export interface AccessTokenSettings {
  issuer: string;
  ttlSeconds: number;
}

/** Tolerated difference between the clocks of the gateway replicas (and the services) when checking `exp`. */
const CLOCK_TOLERANCE_SECONDS = 5;

/** Tokens whose signature a replica remembers having checked; each entry is a token and its claims, about 1 kB. */
const MAX_VERIFIED_TOKENS = 10_000;

/**
 * Signs and verifies the gateway's access tokens: JWTs whose claims are exactly `accessTokenClaimsSchema`, the
 * `kid` of the signing key in the header. Verification uses the keys at hand, never an HTTP call.
 *
 * A client sends the same token with every request until it expires, and the bytes of a token whose signature
 * checked out once check out again (a key stays trusted until every token it signed has expired): so a verified
 * token's claims are remembered, and only its expiry is checked again. The signature check (ES256) was the
 * largest single cost of an authenticated request.
 */
export class AccessTokens {
  private readonly verified = new LRUCache<string, AccessTokenClaims>({ max: MAX_VERIFIED_TOKENS });

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
    const remembered = this.verified.get(token);
    if (remembered) {
      if (remembered.exp + CLOCK_TOLERANCE_SECONDS < Date.now() / 1000) {
        this.verified.delete(token);
        throw new AccessTokenExpiredError();
      }
      return remembered;
    }
    const claims = await this.verifySignature(token);
    this.verified.set(token, claims);
    return claims;
  }

  private async verifySignature(token: string): Promise<AccessTokenClaims> {
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
