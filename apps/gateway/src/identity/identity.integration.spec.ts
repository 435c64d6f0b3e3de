import { INestApplication } from '@nestjs/common';
import { ACCESS_TOKEN_AUDIENCE, actorSchema } from '@waystation/contracts';
import { Jwks, TokenPair } from '@waystation/http-api';
import { createServiceApp } from '@waystation/platform';
import { databaseUrl, queryDatabase, readTestInfra, startServiceUnderTest } from '@waystation/testing';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import { Account } from '../accounts/account.entity';
import { AppModule } from '../app.module';
import { gatewayConfigSchema } from '../config/gateway.config';
import { ACCESS_TOKEN_ALGORITHM } from './keys/access-token-keys';
import { InMemoryAccessTokenKeys } from './keys/in-memory-access-token-keys';
import { SigningKeys } from './keys/signing-keys';
import { SessionIssuer } from './sessions/session-issuer';
import { AccessTokens } from './tokens/access-tokens';
import { DataSource } from 'typeorm';

/**
 * The gateway in this process on a scratch database: sessions issued through SessionIssuer as a sign-in does,
 * then driven over HTTP. No service runs behind it: a token the guard lets through reaches points and gets 503
 * (points unreachable), one it refuses gets 401.
 */
const UNREACHABLE = 'http://127.0.0.1:9';
const environment = (env: Record<string, string>) => ({
  ...env,
  POINTS_SERVICE_URL: UNREACHABLE,
  // Every request reads the session's state, so revocations at another replica show at once in these tests.
  GATEWAY_SESSION_CHECK_CACHE_MS: '0',
});
const gatewayModule = (env: Record<string, string>) => AppModule.forRoot(gatewayConfigSchema.parse(environment(env)));

let sut: INestApplication;
let database: string;

const http = () => request(sut.getHttpServer());
const client = { ip: '127.0.0.1', userAgent: 'identity spec' };

async function newAccount(overrides: Partial<Account> = {}): Promise<Account> {
  const now = new Date();
  const account: Account = {
    id: uuidv7(),
    role: 'worker',
    scopes: { stations: [], communities: [] },
    displayName: 'Test Worker',
    status: 'active',
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    ...overrides,
  };
  await sut.get(DataSource).getRepository(Account).insert(account);
  return account;
}

const signIn = async (account?: Account): Promise<TokenPair> => sut.get(SessionIssuer).issue(account ?? (await newAccount()), client);
const refresh = (refreshToken: string) => http().post('/api/v1/auth/refresh').send({ refreshToken });
/** 503 (passed the guard, points unreachable) or 401 (refused), and the problem's code. */
const callWith = async (accessToken: string, target: INestApplication = sut) => {
  const response = await request(target.getHttpServer()).get('/api/v1/me/points').set('authorization', `Bearer ${accessToken}`);
  return { status: response.status, code: response.body.code as string };
};
const ACCEPTED = { status: 503, code: 'service-unavailable' };

beforeAll(async () => {
  ({ app: sut, database } = await startServiceUnderTest(gatewayModule, { databaseVariable: 'GATEWAY_DATABASE_URL' }));
});

afterAll(() => sut?.close());

describe('sessions (refresh-token families)', () => {
  it('rotates the refresh token on every use: the new pair works, the spent token does not', async () => {
    const first = await signIn();

    const second = (await refresh(first.refreshToken).expect(200)).body as TokenPair;

    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(decodeJwt(second.accessToken).sid).toBe(decodeJwt(first.accessToken).sid);
    expect(await callWith(second.accessToken)).toEqual(ACCEPTED);
    const third = (await refresh(second.refreshToken).expect(200)).body as TokenPair;
    expect(third.account).toEqual(first.account);
  });

  it('ends the whole family when a spent refresh token comes back, and says so', async () => {
    const first = await signIn();
    const second = (await refresh(first.refreshToken).expect(200)).body as TokenPair;

    const reuse = await refresh(first.refreshToken).expect(401);

    expect(reuse.body.code).toBe('refresh-token-reused');
    expect((await refresh(second.refreshToken).expect(401)).body.code).toBe('refresh-token-invalid');
    expect(await callWith(second.accessToken)).toEqual({ status: 401, code: 'session-revoked' });
    const [session] = await queryDatabase<{ revoked_reason: string }>(database, 'SELECT revoked_reason FROM sessions WHERE id = $1', [
      decodeJwt(first.accessToken).sid,
    ]);
    expect(session.revoked_reason).toBe('refresh-token-reused');
  });

  it('refuses a refresh token it never issued', async () => {
    expect((await refresh('no-such-token').expect(401)).body.code).toBe('refresh-token-invalid');
  });

  it('stores only hashes of refresh tokens', async () => {
    const pair = await signIn();

    const stored = await queryDatabase(database, 'SELECT 1 FROM refresh_tokens WHERE token_hash = $1::bytea', [
      Buffer.from(pair.refreshToken),
    ]);
    expect(stored).toEqual([]);
  });

  it('signs out the current session only: its tokens stop working, another session of the account goes on', async () => {
    const account = await newAccount();
    const phone = await signIn(account);
    const laptop = await signIn(account);

    await http().post('/api/v1/auth/sign-out').set('authorization', `Bearer ${phone.accessToken}`).expect(204);

    expect(await callWith(phone.accessToken)).toEqual({ status: 401, code: 'session-revoked' });
    expect((await refresh(phone.refreshToken).expect(401)).body.code).toBe('refresh-token-invalid');
    expect(await callWith(laptop.accessToken)).toEqual(ACCEPTED);
    await refresh(laptop.refreshToken).expect(200);
  });

  it('signs out everywhere: every session of the account ends, another account is untouched', async () => {
    const account = await newAccount();
    const [phone, laptop, someoneElse] = [await signIn(account), await signIn(account), await signIn()];

    await http().post('/api/v1/auth/sign-out-everywhere').set('authorization', `Bearer ${laptop.accessToken}`).expect(204);

    for (const pair of [phone, laptop]) {
      expect(await callWith(pair.accessToken)).toEqual({ status: 401, code: 'session-revoked' });
      await refresh(pair.refreshToken).expect(401);
    }
    expect(await callWith(someoneElse.accessToken)).toEqual(ACCEPTED);
  });

  it('lets no closed account refresh', async () => {
    const account = await newAccount();
    const pair = await signIn(account);
    await queryDatabase(database, `UPDATE accounts SET status = 'closed', closed_at = now() WHERE id = $1`, [account.id]);

    expect((await refresh(pair.refreshToken).expect(401)).body.code).toBe('refresh-token-invalid');
  });

  it('starts no session for a closed account', async () => {
    await expect(signIn(await newAccount({ status: 'closed' }))).rejects.toMatchObject({ code: 'account-not-active' });
  });

  it('answers a refresh without a token with what is missing', async () => {
    expect((await http().post('/api/v1/auth/refresh').send({}).expect(400)).body.code).toBe('validation-failed');
  });
});

describe('access tokens and signing keys', () => {
  const jwks = async (target: INestApplication = sut) => {
    const response = await request(target.getHttpServer()).get('/.well-known/jwks.json').expect(200);
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    return response.body as Jwks;
  };

  it('publishes the public half of the signing key, and no private one', async () => {
    const { keys } = await jwks();

    expect(keys.length).toBeGreaterThanOrEqual(1);
    expect(keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', kid: sut.get(SigningKeys).signingKey().kid });
    for (const key of keys) expect(key).not.toHaveProperty('d');
  });

  it('rotates the key without signing anyone out: the old token still works, the JWKS lists both keys', async () => {
    const before = await signIn();
    const oldKid = decodeProtectedHeader(before.accessToken).kid;

    const newKid = await sut.get(SigningKeys).rotate();

    const after = await signIn();
    expect(decodeProtectedHeader(after.accessToken).kid).toBe(newKid);
    expect(newKid).not.toBe(oldKid);
    expect((await jwks()).keys.map((key) => key.kid)).toEqual(expect.arrayContaining([newKid, oldKid]));
    expect((await jwks()).keys[0].kid).toBe(newKid);
    expect(await callWith(before.accessToken)).toEqual(ACCEPTED);
    expect(await callWith(after.accessToken)).toEqual(ACCEPTED);
    const [retired] = await queryDatabase<{ private_jwk: unknown }>(database, 'SELECT private_jwk FROM signing_keys WHERE kid = $1', [
      oldKid,
    ]);
    expect(retired.private_jwk).toBeNull();
  });

  it('refuses an expired token', async () => {
    const signer = sut.get(SigningKeys).signingKey();
    const { issuer } = sut.get(AccessTokens).settings;
    const now = Math.floor(Date.now() / 1000);
    const pair = await signIn();
    const expired = await new SignJWT({ ...decodeJwt(pair.accessToken), iat: now - 900, exp: now - 600 })
      .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid: signer.kid })
      .setIssuer(issuer)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .sign(signer.privateKey);

    expect(await callWith(expired)).toEqual({ status: 401, code: 'access-token-expired' });
  });

  it('refuses a tampered token', async () => {
    const pair = await signIn();
    const [header, , signature] = pair.accessToken.split('.');
    const promoted = Buffer.from(JSON.stringify({ ...decodeJwt(pair.accessToken), role: 'admin' })).toString('base64url');

    expect(await callWith(`${header}.${promoted}.${signature}`)).toEqual({ status: 401, code: 'access-token-invalid' });
  });

  it('refuses a token signed by a foreign key under the real kid', async () => {
    const foreign = new AccessTokens(
      await InMemoryAccessTokenKeys.generate(sut.get(SigningKeys).signingKey().kid, []),
      sut.get(AccessTokens).settings,
    );

    const token = await foreign.sign(actorSchema.parse({ id: uuidv7(), role: 'admin' }), uuidv7());

    expect(await callWith(token)).toEqual({ status: 401, code: 'access-token-invalid' });
  });

  it('shares its keys with another replica on the same database, which learns a rotation from the first token of the new key', async () => {
    const replica = await createServiceApp(
      gatewayModule({
        GATEWAY_DATABASE_URL: databaseUrl(database),
        KAFKA_BROKERS: readTestInfra().kafka.brokers.join(','),
        LOG_LEVEL: 'warn',
      }),
    );
    await replica.init();
    try {
      expect(replica.get(SigningKeys).signingKey().kid).toBe(sut.get(SigningKeys).signingKey().kid);
      await sut.get(SigningKeys).rotate();

      const pair = await signIn();

      expect(await callWith(pair.accessToken, replica)).toEqual(ACCEPTED);
      expect((await jwks(replica)).keys[0].kid).toBe(decodeProtectedHeader(pair.accessToken).kid);
      await request(replica.getHttpServer()).post('/api/v1/auth/sign-out').set('authorization', `Bearer ${pair.accessToken}`).expect(204);
      expect(await callWith(pair.accessToken)).toEqual({ status: 401, code: 'session-revoked' });
    } finally {
      await replica.close();
    }
  });
});
