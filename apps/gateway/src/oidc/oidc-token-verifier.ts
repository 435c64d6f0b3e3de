import { Logger } from '@nestjs/common';
import { createRemoteJWKSet, errors, JWTPayload, jwtVerify } from 'jose';
import { problem, ProblemException } from '@waystation/platform';
import { z } from 'zod';
import { InvalidIdTokenError } from './oidc-errors';

export interface OidcProviderSettings {
  issuer: string;
  clientId: string;
}

const discoverySchema = z.object({ issuer: z.string(), jwks_uri: z.url() });

/**
 * Verifies ID tokens of the configured provider with jose: signature against the keys its discovery document
 * names (fetched on first use, refreshed by jose when an unknown `kid` appears), issuer, audience = our client
 * id, expiry, and the nonce when the client sent one.
 */
export class OidcTokenVerifier {
  private readonly logger = new Logger(OidcTokenVerifier.name);
  private keys?: Promise<ReturnType<typeof createRemoteJWKSet>>;

  constructor(private readonly provider: OidcProviderSettings) {}

  async verify(idToken: string, nonce: string | undefined): Promise<JWTPayload & { sub: string }> {
    const keys = await this.discoverKeys();
    try {
      const { payload } = await jwtVerify(idToken, keys, {
        issuer: this.provider.issuer,
        audience: this.provider.clientId,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      if (nonce !== undefined && payload.nonce !== nonce) throw new InvalidIdTokenError();
      return payload as JWTPayload & { sub: string };
    } catch (error) {
      if (error instanceof errors.JOSEError) {
        this.logger.warn({ reason: error.code }, 'refused an ID token');
        throw new InvalidIdTokenError();
      }
      throw error;
    }
  }

  private discoverKeys(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    this.keys ??= this.discover().catch((error: unknown) => {
      // Not cached: the provider may be back for the next sign-in.
      this.keys = undefined;
      this.logger.error({ err: error }, "cannot discover the identity provider's keys");
      throw new ProblemException(
        problem(
          503,
          'identity-provider-unavailable',
          'Service Unavailable',
          "The city's identity provider cannot be reached; try again shortly.",
        ),
      );
    });
    return this.keys;
  }

  private async discover(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    const url = new URL(
      '.well-known/openid-configuration',
      this.provider.issuer.endsWith('/') ? this.provider.issuer : `${this.provider.issuer}/`,
    );
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`OIDC discovery at ${url.href} answered ${response.status}`);
    const discovery = discoverySchema.parse(await response.json());
    if (discovery.issuer !== this.provider.issuer) {
      throw new Error(`OIDC discovery at ${url.href} names the issuer ${discovery.issuer}, not the configured ${this.provider.issuer}`);
    }
    return createRemoteJWKSet(new URL(discovery.jwks_uri));
  }
}
