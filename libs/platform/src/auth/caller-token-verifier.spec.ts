import { TestTokenIssuer } from '@waystation/testing';
import { CallerTokenRejectedError } from './caller-token-rejected.error';
import { CallerTokenVerifier } from './caller-token-verifier';
import { IdentityUnavailableError } from './identity-unavailable.error';

const actor = { id: 'worker-1', role: 'worker' as const, scopes: { stations: [], communities: ['420115001001'] } };

describe(CallerTokenVerifier.name, () => {
  const issuer = new TestTokenIssuer();
  let sut: CallerTokenVerifier;

  beforeAll(async () => {
    const trusted = await issuer.start();
    sut = new CallerTokenVerifier({ jwksUrl: trusted.GATEWAY_JWKS_URL, issuer: trusted.GATEWAY_TOKEN_ISSUER });
  });

  it("returns the actor a valid token's claims name", async () => {
    await expect(sut.verify(issuer.tokenFor(actor))).resolves.toEqual(actor);
  });

  it('accepts a token a few seconds past its expiry (clock skew)', async () => {
    await expect(sut.verify(issuer.tokenFor(actor, { expiresInSeconds: -2 }))).resolves.toEqual(actor);
  });

  it.each([
    ['expired', () => issuer.expiredTokenFor(actor), 'expired'],
    ['tampered with', () => issuer.tamperedTokenFor(actor), 'invalid'],
    ['signed by a key the gateway does not publish', () => issuer.foreignKeyTokenFor(actor), 'invalid'],
    ['from another issuer', () => issuer.tokenFor(actor, { issuer: 'https://elsewhere.example' }), 'invalid'],
    ['for another audience', () => issuer.tokenFor(actor, { audience: 'another-app' }), 'invalid'],
    ['unsigned (alg none)', () => unsigned(issuer.tokenFor(actor)), 'invalid'],
    ['naming a role that does not exist', () => issuer.tokenFor({ ...actor, role: 'root' as never }), 'invalid'],
    ['not a JWT at all', () => 'not-a-token', 'invalid'],
  ])('refuses a token %s', async (_case, token, reason) => {
    await expect(sut.verify(token())).rejects.toEqual(new CallerTokenRejectedError(reason as never));
  });

  it('says the keys are unavailable, not that the token is bad, when the JWKS cannot be fetched', async () => {
    const unreachable = new CallerTokenVerifier({ jwksUrl: 'http://127.0.0.1:9/.well-known/jwks.json', issuer: 'http://127.0.0.1:9' });

    await expect(unreachable.verify(issuer.tokenFor(actor))).rejects.toBeInstanceOf(IdentityUnavailableError);
  });
});

function unsigned(token: string): string {
  const [, payload] = token.split('.');
  return `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
}
