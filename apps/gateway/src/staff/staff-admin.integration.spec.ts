import { INestApplication } from '@nestjs/common';
import { ActorScopes, DEVELOPMENT_ADMIN, StaffRole } from '@waystation/contracts';
import { CreatedStaffView, StaffView } from '@waystation/http-api';
import { createServiceApp } from '@waystation/platform';
import {
  databaseUrl,
  expectProblem,
  queryDatabase,
  readTestInfra,
  signInAdmin,
  signInStaff,
  signInWithPassword,
  startServiceUnderTest,
  TestAccount,
} from '@waystation/testing';
import { decodeJwt } from 'jose';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module';
import { gatewayConfigSchema } from '../config/gateway.config';
import { setupOpenApi } from '../openapi/setup-openapi';

/** The gateway in this process on a scratch database, driven over HTTP with real sign-ins and tokens. */
let sut: INestApplication;
let database: string;
let admin: TestAccount;

const none: ActorScopes = { stations: [], communities: [] };
const http = () => request(sut.getHttpServer());
const as = (account: TestAccount) => ({
  get: (path: string) => http().get(path).set('authorization', `Bearer ${account.accessToken}`),
  post: (path: string) => http().post(path).set('authorization', `Bearer ${account.accessToken}`),
  patch: (path: string) => http().patch(path).set('authorization', `Bearer ${account.accessToken}`),
});
const newUsername = () => `staff-${uuidv7()}`;
const strongPassword = () => `pass-${uuidv7()}`;

async function createStaff(
  role: StaffRole,
  scopes: Partial<ActorScopes>,
  password?: string,
): Promise<CreatedStaffView & { password: string }> {
  const response = await as(admin)
    .post('/api/v1/staff')
    .send({ username: newUsername(), displayName: '测试员', role, scopes: { ...none, ...scopes }, password })
    .expect(201);
  return { ...(response.body as CreatedStaffView), password: password ?? response.body.generatedPassword };
}

const scopesInTokenOf = (account: TestAccount) => decodeJwt(account.accessToken).scopes;

beforeAll(async () => {
  ({ app: sut, database } = await startServiceUnderTest((env) => AppModule.forRoot(gatewayConfigSchema.parse(env)), {
    databaseVariable: 'GATEWAY_DATABASE_URL',
  }));
  admin = await signInAdmin(sut.getHttpServer());
}, 60_000);

afterAll(async () => {
  await sut?.close();
});

describe('staff accounts through the public API', () => {
  it('signs the bootstrap admin in with a token pair whose access token names the admin', () => {
    expect(admin.actor).toMatchObject({ role: 'admin', scopes: none });
  });

  it.each([
    ['station-manager', { stations: ['st-1', 'st-2'] }],
    ['community-staff', { communities: ['420115001001'] }],
    ['department', { department: 'sanitation' }],
    ['admin', {}],
  ] as [StaffRole, Partial<ActorScopes>][])('creates a %s who signs in with the role and scopes given', async (role, scopes) => {
    const created = await createStaff(role, scopes, strongPassword());

    const account = await signInWithPassword(sut.getHttpServer(), created.username, created.password);

    expect(created).toMatchObject({ role, scopes: { ...none, ...scopes }, status: 'active' });
    expect(created).not.toHaveProperty('generatedPassword');
    expect(account.actor).toEqual({ id: created.id, role, scopes: { ...none, ...scopes } });
  });

  it.each([
    ['station-manager', {}],
    ['community-staff', { stations: ['st-1'] }],
    ['department', { department: 'sanitation', communities: ['420115001001'] }],
    ['admin', { stations: ['st-1'] }],
    ['worker', {}],
  ] as [string, Partial<ActorScopes>][])('refuses a %s with scopes that do not fit the role', async (role, scopes) => {
    const response = await as(admin)
      .post('/api/v1/staff')
      .send({ username: newUsername(), displayName: '测试员', role, scopes: { ...none, ...scopes } });

    expectProblem(response, 400, 'validation-failed');
  });

  it('generates a password when none is given, shows it once, and it signs in', async () => {
    const created = await createStaff('community-staff', { communities: ['420115001002'] });

    expect(created.generatedPassword).toHaveLength(24);
    const read = await as(admin).get(`/api/v1/staff/${created.id}`).expect(200);
    expect(read.body).not.toHaveProperty('generatedPassword');
    await signInWithPassword(sut.getHttpServer(), created.username, created.password);
  });

  it('refuses a short password and one containing the username (422), and a username taken (409)', async () => {
    const username = newUsername();
    const create = (password: string) => as(admin).post('/api/v1/staff').send({ username, displayName: '测试员', role: 'admin', password });

    expectProblem(await create('short-pw'), 422, 'weak-password');
    expectProblem(await create(`my-${username}-pw`), 422, 'weak-password');
    await create(strongPassword()).expect(201);
    expectProblem(await create(strongPassword()), 409, 'username-taken');
  });

  it('lets no one but an admin manage staff: 403 for every other role, 401 without a token', async () => {
    const target = await createStaff('station-manager', { stations: ['st-3'] });
    const others = await Promise.all([
      signInStaff(sut.getHttpServer(), { role: 'station-manager', scopes: { stations: ['st-3'] } }),
      signInStaff(sut.getHttpServer(), { role: 'community-staff', scopes: { communities: ['420115001001'] } }),
      signInStaff(sut.getHttpServer(), { role: 'department', scopes: { department: 'sanitation' } }),
    ]);

    for (const other of others) {
      expectProblem(
        await as(other).post('/api/v1/staff').send({ username: newUsername(), displayName: 'x', role: 'admin' }),
        403,
        'staff-admin-only',
      );
      expectProblem(await as(other).get('/api/v1/staff'), 403, 'staff-admin-only');
      expectProblem(await as(other).get(`/api/v1/staff/${target.id}`), 403, 'staff-admin-only');
      expectProblem(await as(other).post(`/api/v1/staff/${target.id}/disable`), 403, 'staff-admin-only');
      expectProblem(await as(other).post(`/api/v1/staff/${target.id}/password`).send({}), 403, 'staff-admin-only');
    }
    expect((await http().get('/api/v1/staff')).status).toBe(401);
  });

  it('lists staff a page at a time', async () => {
    await Promise.all([1, 2, 3].map(() => createStaff('department', { department: 'parks' })));

    const first = await as(admin).get('/api/v1/staff?limit=2').expect(200);
    const second = await as(admin).get(`/api/v1/staff?limit=2&cursor=${first.body.nextCursor}`).expect(200);

    expect(first.body.items).toHaveLength(2);
    const ids = [...first.body.items, ...second.body.items].map((staff: StaffView) => staff.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('changes role and scopes together; the change is in the next token, not the current one', async () => {
    const created = await createStaff('community-staff', { communities: ['420115001001'] }, strongPassword());
    const before = await signInWithPassword(sut.getHttpServer(), created.username, created.password);

    expectProblem(await as(admin).patch(`/api/v1/staff/${created.id}`).send({ role: 'station-manager' }), 400, 'validation-failed');
    const updated = await as(admin)
      .patch(`/api/v1/staff/${created.id}`)
      .send({ role: 'station-manager', scopes: { stations: ['st-9'], communities: [] } })
      .expect(200);

    expect(updated.body).toMatchObject({ role: 'station-manager', scopes: { stations: ['st-9'] } });
    expect(scopesInTokenOf(before)).toMatchObject({ communities: ['420115001001'] });
    const refreshed = await http().post('/api/v1/auth/refresh').send({ refreshToken: before.refreshToken }).expect(200);
    expect(decodeJwt(refreshed.body.accessToken)).toMatchObject({ role: 'station-manager', scopes: { stations: ['st-9'] } });
  });

  it('disables an account: its sign-in and refresh are refused; enabled again, it signs in', async () => {
    const created = await createStaff('department', { department: 'sanitation' }, strongPassword());
    const session = await signInWithPassword(sut.getHttpServer(), created.username, created.password);

    const disabled = await as(admin).post(`/api/v1/staff/${created.id}/disable`).expect(200);

    expect(disabled.body.status).toBe('disabled');

    const signIn = () => http().post('/api/v1/auth/staff/sign-in').send({ username: created.username, password: created.password });
    expectProblem(await signIn(), 401, 'account-disabled');
    expect((await http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken })).status).toBe(401);
    await as(admin).post(`/api/v1/staff/${created.id}/enable`).expect(200);
    expect((await signIn()).status).toBe(200);
  });

  it('ends the sessions of an account it disables: its access token is refused at once', async () => {
    const created = await createStaff('community-staff', { communities: ['420115001003'] }, strongPassword());
    const session = await signInWithPassword(sut.getHttpServer(), created.username, created.password);
    expectProblem(await as(session).get('/api/v1/staff'), 403, 'staff-admin-only');

    await as(admin).post(`/api/v1/staff/${created.id}/disable`).expect(200);

    expect((await as(session).get('/api/v1/staff')).status).toBe(401);
  });

  it('ends the sessions of an account whose password it resets: the old refresh token stops working', async () => {
    const created = await createStaff('station-manager', { stations: ['st-5'] }, strongPassword());
    const session = await signInWithPassword(sut.getHttpServer(), created.username, created.password);

    await as(admin).post(`/api/v1/staff/${created.id}/password`).send({}).expect(200);

    expect((await http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken })).status).toBe(401);
    expect((await as(session).get('/api/v1/staff')).status).toBe(401);
  });

  it('refuses to let an admin disable or demote their own account', async () => {
    expectProblem(await as(admin).post(`/api/v1/staff/${admin.actor.id}/disable`), 409, 'own-account-change');
    expectProblem(
      await as(admin)
        .patch(`/api/v1/staff/${admin.actor.id}`)
        .send({ role: 'department', scopes: { ...none, department: 'parks' } }),
      409,
      'own-account-change',
    );
  });

  it('resets a password: the old one stops working, the new one signs in', async () => {
    const created = await createStaff('station-manager', { stations: ['st-4'] }, strongPassword());
    const newPassword = strongPassword();

    await as(admin).post(`/api/v1/staff/${created.id}/password`).send({ password: newPassword }).expect(200, {});

    const signIn = (password: string) => http().post('/api/v1/auth/staff/sign-in').send({ username: created.username, password });
    expectProblem(await signIn(created.password), 401, 'invalid-credentials');
    expect((await signIn(newPassword)).status).toBe(200);
  });

  it('answers a wrong password and an unknown username with the same problem', async () => {
    const wrong = await http()
      .post('/api/v1/auth/staff/sign-in')
      .send({ username: DEVELOPMENT_ADMIN.username, password: 'not-the-password' });
    const unknown = await http()
      .post('/api/v1/auth/staff/sign-in')
      .send({ username: `nobody-${uuidv7()}`, password: 'not-the-password' });

    expectProblem(wrong, 401, 'invalid-credentials');
    expectProblem(unknown, 401, 'invalid-credentials');
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it('answers OIDC sign-in with 404 where no identity provider is configured', async () => {
    expectProblem(await http().post('/api/v1/auth/oidc/sign-in').send({ idToken: 'a.b.c' }), 404, 'oidc-not-configured');
  });

  it('documents the sign-in routes as needing no bearer token, and the admin routes as needing one', async () => {
    // A second gateway on the same database with its OpenAPI document set up as main.ts does, before init.
    const documented = await createServiceApp(
      AppModule.forRoot(
        gatewayConfigSchema.parse({
          GATEWAY_DATABASE_URL: databaseUrl(database),
          KAFKA_BROKERS: readTestInfra().kafka.brokers.join(','),
          LOG_LEVEL: 'warn',
        }),
      ),
    );
    setupOpenApi(documented);
    await documented.init();
    const { paths } = (await request(documented.getHttpServer()).get('/docs/json').expect(200)).body;
    await documented.close();

    expect(paths['/api/v1/auth/staff/sign-in'].post.security).toEqual([]);
    expect(paths['/api/v1/auth/oidc/sign-in'].post.security).toEqual([]);
    expect(paths['/api/v1/staff'].post.security).toEqual([{ bearer: [] }]);
  });

  it('answers 404 for a staff account that does not exist', async () => {
    expectProblem(await as(admin).get(`/api/v1/staff/${uuidv7()}`), 404, 'staff-not-found');
  });
});

describe('staff accounts on accounts.events', () => {
  const accountEvents = (accountId: string) =>
    queryDatabase<{ event_type: string; envelope: { payload: Record<string, unknown> } }>(
      database,
      `SELECT event_type, envelope FROM outbox_messages WHERE message_key = $1 ORDER BY id`,
      [accountId],
    );

  it('announces a new staff account with its role and scopes, and a change of scopes, in the transaction that made them', async () => {
    const created = await createStaff('community-staff', { communities: ['420115001001'] });
    await as(admin)
      .patch(`/api/v1/staff/${created.id}`)
      .send({ role: 'community-staff', scopes: { ...none, communities: ['420115001002'] } })
      .expect(200);
    await as(admin).patch(`/api/v1/staff/${created.id}`).send({ displayName: '测试员' }).expect(200);

    const events = await accountEvents(created.id);
    expect(events.map((event) => [event.event_type, event.envelope.payload])).toEqual([
      ['account.registered', expect.objectContaining({ role: 'community-staff', scopes: { ...none, communities: ['420115001001'] } })],
      [
        'account.updated',
        expect.objectContaining({ changes: { role: 'community-staff', scopes: { ...none, communities: ['420115001002'] } } }),
      ],
    ]);
  });
});
