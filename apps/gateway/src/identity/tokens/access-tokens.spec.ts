import { ACCESS_TOKEN_AUDIENCE, actorSchema } from '@waystation/contracts';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { AccessTokenExpiredError, AccessTokenInvalidError } from '../identity-errors';
import { ACCESS_TOKEN_ALGORITHM } from '../keys/access-token-keys';
import { InMemoryAccessTokenKeys } from '../keys/in-memory-access-token-keys';
import { AccessTokens } from './access-tokens';

const ISSUER = 'http://gateway.test';
const actor = actorSchema.parse({ id: 'account-1', role: 'community-staff', scopes: { communities: ['420115001001'] } });
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe(AccessTokens.name, () => {
  let keys: InMemoryAccessTokenKeys;
  let sut: AccessTokens;

  /** A token with the right claims signed by the gateway's key, but with the given audience and lifetime. */
  const handSigned = (audience: string, issuedAt: number, expiresAt: number) =>
    new SignJWT({ role: 'worker', scopes: { stations: [], communities: [] }, sid: 'session-1' })
      .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid: 'key-1' })
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setSubject('account-1')
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(keys.signingKey().privateKey);

  beforeAll(async () => {
    keys = await InMemoryAccessTokenKeys.generate('key-1');
    sut = new AccessTokens(keys, { issuer: ISSUER, ttlSeconds: 300 });
  });

  it('signs exactly the agreed claims, with the kid of the signing key in the header', async () => {
    const token = await sut.sign(actor, 'session-1');

    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', kid: 'key-1' });
    const claims = decodeJwt(token);
    expect(Object.keys(claims).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'role', 'scopes', 'sid', 'sub']);
    expect(claims).toMatchObject({ iss: ISSUER, aud: ACCESS_TOKEN_AUDIENCE, sub: 'account-1', sid: 'session-1', scopes: actor.scopes });
    expect(claims.exp).toBe((claims.iat ?? 0) + 300);
  });

  it('verifies its own token back to the claims', async () => {
    const claims = await sut.verify(await sut.sign(actor, 'session-1'));

    expect(claims).toMatchObject({ sub: 'account-1', role: 'community-staff', sid: 'session-1' });
  });

  it('refuses an expired token as expired', async () => {
    const expired = await handSigned(ACCESS_TOKEN_AUDIENCE, nowSeconds() - 600, nowSeconds() - 60);

    await expect(sut.verify(expired)).rejects.toBeInstanceOf(AccessTokenExpiredError);
  });

  it('checks the signature of a token once, and its expiry every time', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const token = await sut.sign(actor, 'session-2');
      const lookUps = jest.spyOn(keys, 'verificationKey');

      await sut.verify(token);
      await sut.verify(token);
      expect(lookUps).toHaveBeenCalledTimes(1);

      jest.setSystemTime(Date.now() + 306_000);
      await expect(sut.verify(token)).rejects.toBeInstanceOf(AccessTokenExpiredError);
      lookUps.mockRestore();
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses a token whose claims were altered', async () => {
    const token = await sut.sign(actor, 'session-1');
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...decodeJwt(token), role: 'admin' })).toString('base64url');

    await expect(sut.verify(`${header}.${forged}.${signature}`)).rejects.toBeInstanceOf(AccessTokenInvalidError);
  });

  it('refuses a token signed by a key it does not know, even under a known kid', async () => {
    const impostor = new AccessTokens(await InMemoryAccessTokenKeys.generate('key-1', []), sut.settings);

    await expect(sut.verify(await impostor.sign(actor, 'session-1'))).rejects.toBeInstanceOf(AccessTokenInvalidError);
  });

  it('refuses a token naming a kid it does not have', async () => {
    const impostor = new AccessTokens(await InMemoryAccessTokenKeys.generate('key-unknown', []), sut.settings);

    await expect(sut.verify(await impostor.sign(actor, 'session-1'))).rejects.toBeInstanceOf(AccessTokenInvalidError);
  });

  it('refuses a token of another issuer signed with the same key', async () => {
    const elsewhere = new AccessTokens(keys, { issuer: 'http://elsewhere.test', ttlSeconds: 300 });

    await expect(sut.verify(await elsewhere.sign(actor, 'session-1'))).rejects.toBeInstanceOf(AccessTokenInvalidError);
  });

  it('refuses a token for another audience', async () => {
    const token = await handSigned('another-api', nowSeconds(), nowSeconds() + 300);

    await expect(sut.verify(token)).rejects.toBeInstanceOf(AccessTokenInvalidError);
  });

  it('refuses what is not a JWT at all', async () => {
    await expect(sut.verify('not-a-token')).rejects.toBeInstanceOf(AccessTokenInvalidError);
  });
});
