import { GatewayConfig } from '../config/gateway.config';
import { RotationCondition } from './keys/signing-key-rotation';

/**
 * A retired key keeps verifying this much longer than the access-token lifetime: a replica may sign with it for
 * up to a minute after another retired it (SigningKeys' maintenance interval), and clocks drift.
 */
const VERIFICATION_MARGIN_SECONDS = 120;

/** The identity part of the gateway's configuration, as the token, key and session code needs it. */
export class IdentitySettings {
  readonly issuer: string;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlDays: number;
  readonly rotation: RotationCondition;
  /** How long a retired signing key stays in the JWKS: until every token it signed has expired. */
  readonly verificationWindowSeconds: number;
  readonly sessionCheckCacheMs: number;

  constructor(config: GatewayConfig) {
    this.issuer = config.GATEWAY_TOKEN_ISSUER;
    this.accessTokenTtlSeconds = config.GATEWAY_ACCESS_TOKEN_TTL_SECONDS;
    this.refreshTokenTtlDays = config.GATEWAY_REFRESH_TOKEN_TTL_DAYS;
    this.rotation =
      config.GATEWAY_SIGNING_KEY_ROTATION_DAYS === 0 ? 'when-missing' : { olderThanDays: config.GATEWAY_SIGNING_KEY_ROTATION_DAYS };
    this.verificationWindowSeconds = config.GATEWAY_ACCESS_TOKEN_TTL_SECONDS + VERIFICATION_MARGIN_SECONDS;
    this.sessionCheckCacheMs = config.GATEWAY_SESSION_CHECK_CACHE_MS;
  }
}
