import { ACCESS_TOKEN_AUDIENCE, type AccessTokenClaims, type ActorInput, actorSchema } from '@waystation/contracts';
import { generateKeyPairSync, type KeyObject, randomUUID, sign } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where a service under test fetches the issuer's keys, and the `iss` it expects. */
export interface TrustedIssuer {
  GATEWAY_JWKS_URL: string;
  GATEWAY_TOKEN_ISSUER: string;
}

export interface TokenOptions {
  /** Seconds from now until the token expires; negative for an expired token. */
  expiresInSeconds?: number;
  issuer?: string;
  audience?: string;
}

const TOKEN_TTL_SECONDS = 300;

/** The `iss` of its tokens: a name, not where its keys are served, so a token can be signed before that. */
const TEST_ISSUER = 'https://test-issuer.waystation.invalid';

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

function newSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { kid: randomUUID(), privateKey, publicKey };
}

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

/**
 * Stands in for the gateway in service-level specs: a real ES256 key pair whose public half is served as a
 * JWKS on 127.0.0.1, and access tokens signed with it. Signing is synchronous (node:crypto), so `serviceAs`
 * stays a plain supertest chain; the service verifies with jose, as against the real gateway.
 */
export class TestTokenIssuer {
  private readonly key = newSigningKey();
  /** A key the service was never told about: its tokens must be refused. */
  private readonly foreignKey = newSigningKey();
  private serving?: Promise<string>;

  /** Serves the JWKS (once per process) and returns the settings that make a service trust this issuer. */
  async start(): Promise<TrustedIssuer> {
    const jwk = { ...this.key.publicKey.export({ format: 'jwk' }), kid: this.key.kid, alg: 'ES256', use: 'sig' };
    this.serving ??= serveJwks(JSON.stringify({ keys: [jwk] }));
    return { GATEWAY_JWKS_URL: `${await this.serving}/.well-known/jwks.json`, GATEWAY_TOKEN_ISSUER: TEST_ISSUER };
  }

  /** A valid access token for `actor` (unless the options say otherwise), for services started with start()'s settings. */
  tokenFor(actor: ActorInput, options: TokenOptions = {}): string {
    return this.signWith(this.key, actor, options);
  }

  expiredTokenFor(actor: ActorInput): string {
    return this.tokenFor(actor, { expiresInSeconds: -60 });
  }

  /** The payload changed after signing (here: promoted to admin), the signature kept. */
  tamperedTokenFor(actor: ActorInput): string {
    const [header, , signature] = this.tokenFor(actor).split('.');
    const forged = this.claimsFor({ ...actor, role: 'admin' }, {});
    return `${header}.${base64url(JSON.stringify(forged))}.${signature}`;
  }

  /** Well-formed and signed, but by a key the service does not trust. */
  foreignKeyTokenFor(actor: ActorInput): string {
    return this.signWith({ ...this.foreignKey, kid: this.key.kid }, actor, {});
  }

  private signWith(key: SigningKey, actor: ActorInput, options: TokenOptions): string {
    const header = base64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid: key.kid }));
    const payload = base64url(JSON.stringify(this.claimsFor(actor, options)));
    const signature = sign('sha256', Buffer.from(`${header}.${payload}`), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
    return `${header}.${payload}.${base64url(signature)}`;
  }

  /** Not validated: a spec may name a caller the service must refuse. */
  private claimsFor(input: ActorInput, { expiresInSeconds = TOKEN_TTL_SECONDS, issuer, audience }: TokenOptions): AccessTokenClaims {
    const parsed = actorSchema.safeParse(input);
    const actor = parsed.success ? parsed.data : { ...input, scopes: input.scopes ?? { stations: [], communities: [] } };
    const now = Math.floor(Date.now() / 1000);
    return {
      iss: issuer ?? TEST_ISSUER,
      aud: audience ?? ACCESS_TOKEN_AUDIENCE,
      sub: actor.id,
      role: actor.role,
      scopes: actor.scopes,
      sid: 'test-session',
      iat: now,
      exp: now + expiresInSeconds,
    } as AccessTokenClaims;
  }
}

function serveJwks(jwks: string): Promise<string> {
  const server = createServer((request, response) => {
    if (request.url !== '/.well-known/jwks.json') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      // A spec's process must not stay alive for it.
      server.unref();
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

/** The one issuer of this jest worker: services started here trust it, and serviceAs signs with it. */
export const testTokenIssuer = new TestTokenIssuer();
