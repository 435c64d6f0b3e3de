import { INestApplication } from '@nestjs/common';
import { expectProblem, OidcTestIssuer, queryDatabase, startOidcTestIssuer, startServiceUnderTest } from '@waystation/testing';
import { decodeJwt } from 'jose';
import request from 'supertest';
import { AppModule } from '../app.module';
import { gatewayConfigSchema } from '../config/gateway.config';
import { AccountDisabledError } from '../staff/sign-in/sign-in-errors';
import { InvalidIdTokenError, OidcRoleNotMappedError } from './oidc-errors';
import { OidcSignIn } from './oidc-sign-in.service';

const CLIENT_ID = 'waystation';
const accounts = {
  'grid-wang': { roles: ['city-grid'], name: '王芳', waystation_communities: ['420115001001', '420115001002'] },
  'grid-li': { roles: ['city-grid'], name: '李强', waystation_communities: ['420115001003'] },
  'stations-zhao': { roles: ['city-stations', 'city-everyone'], name: '赵站长', waystation_stations: ['st-7'] },
  'visitor-chen': { roles: ['city-everyone'], name: '陈' },
};

/** The gateway trusting one real provider; a second provider, and an impostor naming the first's issuer. */
let app: INestApplication;
let database: string;
let sut: OidcSignIn;
let city: OidcTestIssuer;
let foreign: OidcTestIssuer;
let impostor: OidcTestIssuer;

beforeAll(async () => {
  city = await startOidcTestIssuer({ clients: [CLIENT_ID, 'city-library'], accounts });
  [foreign, impostor] = await Promise.all([
    startOidcTestIssuer({ clients: [CLIENT_ID], accounts }),
    startOidcTestIssuer({ clients: [CLIENT_ID], accounts, issuer: city.issuer }),
  ]);
  const oidc = {
    GATEWAY_OIDC_ISSUER: city.issuer,
    GATEWAY_OIDC_CLIENT_ID: CLIENT_ID,
    GATEWAY_OIDC_ROLE_MAP: JSON.stringify({ 'city-grid': 'community-staff', 'city-stations': 'station-manager' }),
  };
  ({ app, database } = await startServiceUnderTest((env) => AppModule.forRoot(gatewayConfigSchema.parse({ ...env, ...oidc })), {
    databaseVariable: 'GATEWAY_DATABASE_URL',
  }));
  sut = app.get(OidcSignIn);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await Promise.all([city, foreign, impostor].map((issuer) => issuer?.stop()));
});

describe(OidcSignIn.name, () => {
  it("creates the account of a first sign-in with the role and scopes the city's claims map to", async () => {
    const account = await sut.verify(await city.idTokenFor('grid-wang', { clientId: CLIENT_ID }), undefined);

    expect(account).toMatchObject({
      role: 'community-staff',
      scopes: { stations: [], communities: ['420115001001', '420115001002'] },
      displayName: '王芳',
      status: 'active',
    });
    const links = await queryDatabase(database, `SELECT issuer, subject FROM oidc_identities WHERE account_id = $1`, [account.id]);
    expect(links).toEqual([{ issuer: city.issuer, subject: 'grid-wang' }]);
  });

  it('finds the same account at the next sign-in of the same subject', async () => {
    const first = await sut.verify(await city.idTokenFor('stations-zhao', { clientId: CLIENT_ID }), undefined);

    const again = await sut.verify(await city.idTokenFor('stations-zhao', { clientId: CLIENT_ID }), undefined);

    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ role: 'station-manager', scopes: { stations: ['st-7'], communities: [] } });
  });

  it('checks the nonce the client sent against the one in the token', async () => {
    const idToken = await city.idTokenFor('grid-li', { clientId: CLIENT_ID, nonce: 'nonce-1' });

    await expect(sut.verify(idToken, 'nonce-2')).rejects.toBeInstanceOf(InvalidIdTokenError);
    await expect(sut.verify(idToken, 'nonce-1')).resolves.toMatchObject({ displayName: '李强' });
  });

  it('refuses a token of a foreign issuer', async () => {
    const idToken = await foreign.idTokenFor('grid-wang', { clientId: CLIENT_ID });

    await expect(sut.verify(idToken, undefined)).rejects.toBeInstanceOf(InvalidIdTokenError);
  });

  it("refuses a token naming the city's issuer that the city did not sign", async () => {
    const idToken = await impostor.idTokenFor('grid-wang', { clientId: CLIENT_ID });

    await expect(sut.verify(idToken, undefined)).rejects.toBeInstanceOf(InvalidIdTokenError);
  });

  it('refuses a token the city issued to another client (wrong audience)', async () => {
    const idToken = await city.idTokenFor('grid-wang', { clientId: 'city-library' });

    await expect(sut.verify(idToken, undefined)).rejects.toBeInstanceOf(InvalidIdTokenError);
  });

  it('refuses a person whose roles map to no Waystation role, creating no account', async () => {
    const idToken = await city.idTokenFor('visitor-chen', { clientId: CLIENT_ID });

    await expect(sut.verify(idToken, undefined)).rejects.toBeInstanceOf(OidcRoleNotMappedError);
    expect(await queryDatabase(database, `SELECT 1 FROM oidc_identities WHERE subject = 'visitor-chen'`)).toEqual([]);
  });

  it('keeps a disabled account out whatever the provider says', async () => {
    const account = await sut.verify(await city.idTokenFor('grid-li', { clientId: CLIENT_ID }), undefined);
    await queryDatabase(database, `UPDATE accounts SET status = 'disabled' WHERE id = $1`, [account.id]);

    const idToken = await city.idTokenFor('grid-li', { clientId: CLIENT_ID });

    await expect(sut.verify(idToken, undefined)).rejects.toBeInstanceOf(AccountDisabledError);
  });
});

describe('POST /api/v1/auth/oidc/sign-in', () => {
  const signIn = (idToken: string) => request(app.getHttpServer()).post('/api/v1/auth/oidc/sign-in').send({ idToken });

  it("answers a token pair whose access token carries the role and scopes of the city's claims", async () => {
    const response = await signIn(await city.idTokenFor('grid-wang', { clientId: CLIENT_ID })).expect(200);

    expect(response.body).toMatchObject({ tokenType: 'Bearer', account: { role: 'community-staff', displayName: '王芳' } });
    expect(decodeJwt(response.body.accessToken)).toMatchObject({
      role: 'community-staff',
      scopes: { communities: ['420115001001', '420115001002'] },
    });
  });

  it('answers 401 invalid-id-token for a foreign issuer and for a wrong audience alike', async () => {
    expectProblem(await signIn(await foreign.idTokenFor('grid-wang', { clientId: CLIENT_ID })), 401, 'invalid-id-token');
    expectProblem(await signIn(await city.idTokenFor('grid-wang', { clientId: 'city-library' })), 401, 'invalid-id-token');
  });

  it('answers 403 oidc-role-not-mapped for a person with no mapped role', async () => {
    expectProblem(await signIn(await city.idTokenFor('visitor-chen', { clientId: CLIENT_ID })), 403, 'oidc-role-not-mapped');
  });
});
