import { INestApplication } from '@nestjs/common';
import {
  expectProblem,
  newPhoneNumber,
  queryDatabase,
  signUpWorker,
  smsCodeFor,
  startServiceUnderTest,
  TEST_INFRA_DIR,
  type TestAccount,
  workerProfile,
} from '@waystation/testing';
import type { TokenPair } from '@waystation/http-api';
import { join } from 'node:path';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module';
import { gatewayConfigSchema } from '../config/gateway.config';
import { SessionIssuer } from '../identity/sessions/session-issuer';
import { MyAccount } from './my-account.service';

const smsOutbox = join(TEST_INFRA_DIR, `sms-outbox-me-${uuidv7()}.jsonl`);
let sut: INestApplication;
let database: string;

type Caller = Pick<TestAccount, 'accessToken'>;
const getMe = (caller: Caller) => request(sut.getHttpServer()).get('/api/v1/me').auth(caller.accessToken, { type: 'bearer' });
const patchMe = (caller: Caller, body: object) =>
  request(sut.getHttpServer()).patch('/api/v1/me').auth(caller.accessToken, { type: 'bearer' }).send(body);
const deleteMe = (caller: Caller) => request(sut.getHttpServer()).delete('/api/v1/me').auth(caller.accessToken, { type: 'bearer' });

const eventsOf = (accountId: string) =>
  queryDatabase<{ event_type: string; payload: Record<string, unknown> }>(
    database,
    `SELECT event_type, envelope -> 'payload' AS payload FROM outbox_messages WHERE message_key = $1 ORDER BY seq`,
    [accountId],
  );

async function signUp(phone = newPhoneNumber()) {
  const worker = await signUpWorker(sut.getHttpServer(), { phone, smsOutbox, profile: workerProfile({ employer: '顺丰速运' }) });
  return { phone, worker, actor: worker.actor };
}

/** A second sign-in of a known number, as from another device. */
async function signInAgain(phone: string): Promise<TokenPair> {
  await request(sut.getHttpServer()).post('/api/v1/auth/phone/code').send({ phone }).expect(202);
  const code = await smsCodeFor(phone, smsOutbox);
  return (await request(sut.getHttpServer()).post('/api/v1/auth/phone/sign-in').send({ phone, code }).expect(200)).body;
}

/** Staff accounts are made by the city office; here straight in the table, signed in as a sign-in would. */
async function signInStaff(): Promise<TokenPair> {
  const now = new Date();
  const account = { id: uuidv7(), role: 'community-staff' as const, scopes: { stations: [], communities: ['420115001001'] } };
  await queryDatabase(database, `INSERT INTO accounts (id, role, scopes, display_name) VALUES ($1, $2, $3, 'Li Na')`, [
    account.id,
    account.role,
    JSON.stringify(account.scopes),
  ]);
  const stored = { ...account, displayName: 'Li Na', status: 'active' as const, createdAt: now, updatedAt: now, closedAt: null };
  return sut.get(SessionIssuer).issue(stored, { ip: '127.0.0.1' });
}

beforeAll(async () => {
  ({ app: sut, database } = await startServiceUnderTest((env) => AppModule.forRoot(gatewayConfigSchema.parse(env)), {
    databaseVariable: 'GATEWAY_DATABASE_URL',
    env: { GATEWAY_SMS_DEV_OUTBOX: smsOutbox, GATEWAY_OTP_RESEND_INTERVAL_SECONDS: '0' },
  }));
}, 60_000);

afterAll(async () => {
  await sut?.close();
});

describe(MyAccount.name, () => {
  it("answers the worker's own profile", async () => {
    const { phone, worker, actor } = await signUp();

    const response = await getMe(worker).expect(200);

    expect(response.body).toEqual({
      id: actor.id,
      role: 'worker',
      scopes: { stations: [], communities: [] },
      displayName: '测试骑手',
      createdAt: expect.any(String),
      worker: {
        phone,
        workerType: 'food-delivery',
        employer: '顺丰速运',
        language: 'zh-CN',
        privacyNotice: { version: '2026-12-01', consentedAt: expect.any(String) },
      },
    });
  });

  it('answers 401 to a caller without a token', async () => {
    expectProblem(await request(sut.getHttpServer()).get('/api/v1/me'), 401, 'sign-in-required');
  });

  it('edits the profile and announces only what changed as account.updated', async () => {
    const { worker, actor } = await signUp();

    const response = await patchMe(worker, { displayName: '王师傅', employer: null, language: 'en', workerType: 'food-delivery' }).expect(
      200,
    );

    expect(response.body).toMatchObject({ displayName: '王师傅', worker: { employer: null, language: 'en', workerType: 'food-delivery' } });
    expect((await getMe(worker).expect(200)).body).toEqual(response.body);
    expect(await eventsOf(actor.id)).toEqual([
      expect.objectContaining({ event_type: 'account.registered' }),
      {
        event_type: 'account.updated',
        payload: { accountId: actor.id, changes: { displayName: '王师傅', employer: null, language: 'en' }, updatedAt: expect.any(String) },
      },
    ]);
  });

  it('announces nothing when an edit changes nothing', async () => {
    const { worker, actor } = await signUp();

    await patchMe(worker, { language: 'zh-CN' }).expect(200);

    expect((await eventsOf(actor.id)).map((event) => event.event_type)).toEqual(['account.registered']);
  });

  it('refuses an empty edit and a bad field with 400', async () => {
    const { worker } = await signUp();

    expectProblem(await patchMe(worker, {}), 400, 'validation-failed');
    expectProblem(await patchMe(worker, { workerType: 'astronaut' }), 400, 'validation-failed');
  });

  it('closes the account: personal data erased, account.closed announced, every session ended', async () => {
    const { phone, worker, actor } = await signUp();
    const otherDevice = await signInAgain(phone);

    await deleteMe(worker).expect(204);

    const [account] = await queryDatabase<Record<string, unknown>>(
      database,
      `SELECT a.status, a.display_name, a.closed_at, w.phone, w.employer FROM accounts a JOIN worker_profiles w ON w.account_id = a.id WHERE a.id = $1`,
      [actor.id],
    );
    expect(account).toEqual({
      status: 'closed',
      display_name: '',
      closed_at: expect.any(Date),
      phone: `closed:${actor.id}`,
      employer: null,
    });
    expect(JSON.stringify(await queryDatabase(database, `SELECT * FROM worker_profiles WHERE account_id = $1`, [actor.id]))).not.toContain(
      phone,
    );
    expect(await eventsOf(actor.id)).toEqual([
      expect.objectContaining({ event_type: 'account.registered' }),
      { event_type: 'account.closed', payload: { accountId: actor.id, closedAt: expect.any(String) } },
    ]);
    expect(await queryDatabase(database, `SELECT revoked_reason FROM sessions WHERE account_id = $1`, [actor.id])).toEqual([
      { revoked_reason: 'account-closed' },
      { revoked_reason: 'account-closed' },
    ]);
    expectProblem(await getMe(worker), 401, 'session-revoked');
    expectProblem(await getMe(otherDevice), 401, 'session-revoked');
    await request(sut.getHttpServer()).post('/api/v1/auth/refresh').send({ refreshToken: otherDevice.refreshToken }).expect(401);
  });

  it('lets a closed number sign up anew, as a new account', async () => {
    const { phone, worker, actor } = await signUp();
    await deleteMe(worker).expect(204);

    await request(sut.getHttpServer()).post('/api/v1/auth/phone/code').send({ phone }).expect(202);
    const code = await smsCodeFor(phone, smsOutbox);
    const signIn = request(sut.getHttpServer()).post('/api/v1/auth/phone/sign-in');
    expectProblem(await signIn.send({ phone, code }), 422, 'profile-required');
    const again = await request(sut.getHttpServer())
      .post('/api/v1/auth/phone/sign-in')
      .send({ phone, code, profile: workerProfile() })
      .expect(200);

    expect(again.body.account.id).not.toBe(actor.id);
  });

  it("answers a staff member's own account without a worker profile, and refuses worker fields and closing it", async () => {
    const staff = await signInStaff();

    expect((await getMe(staff).expect(200)).body).toMatchObject({
      role: 'community-staff',
      displayName: 'Li Na',
      worker: null,
    });
    expectProblem(await patchMe(staff, { language: 'en' }), 422, 'worker-fields-only');
    await patchMe(staff, { displayName: 'Li Na (Jiangxia)' }).expect(200);
    expectProblem(await deleteMe(staff), 403, 'staff-account-closure');
  });
});
