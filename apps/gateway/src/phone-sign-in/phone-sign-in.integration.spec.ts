import { INestApplication } from '@nestjs/common';
import { Topics } from '@waystation/contracts';
import {
  expectProblem,
  newPhoneNumber,
  queryDatabase,
  readTopic,
  smsCodeFor,
  startServiceUnderTest,
  TEST_INFRA_DIR,
  workerProfile,
} from '@waystation/testing';
import { decodeJwt } from 'jose';
import { join } from 'node:path';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module';
import { gatewayConfigSchema } from '../config/gateway.config';
import { PhoneSignIn } from './phone-sign-in.service';

const smsOutbox = join(TEST_INFRA_DIR, `sms-outbox-phone-sign-in-${uuidv7()}.jsonl`);
let sut: INestApplication;
let database: string;

const http = () => request(sut.getHttpServer());
const requestCode = (phone: string) => http().post('/api/v1/auth/phone/code').send({ phone });
const signIn = (body: object) => http().post('/api/v1/auth/phone/sign-in').send(body);
const codeFor = (phone: string) => smsCodeFor(phone, smsOutbox);
const wrongCodeFor = async (phone: string) => String((Number(await codeFor(phone)) + 1) % 1_000_000).padStart(6, '0');

async function signedUp(phone = newPhoneNumber()): Promise<{ phone: string; accountId: string }> {
  await requestCode(phone).expect(202);
  const response = await signIn({ phone, code: await codeFor(phone), profile: workerProfile() }).expect(200);
  return { phone, accountId: response.body.account.id };
}

const outboxOf = (accountId: string) =>
  queryDatabase<{ event_type: string; envelope: { payload: Record<string, unknown> } }>(
    database,
    `SELECT event_type, envelope FROM outbox_messages WHERE message_key = $1 ORDER BY seq`,
    [accountId],
  );

beforeAll(async () => {
  ({ app: sut, database } = await startServiceUnderTest((env) => AppModule.forRoot(gatewayConfigSchema.parse(env)), {
    databaseVariable: 'GATEWAY_DATABASE_URL',
    env: { GATEWAY_SMS_DEV_OUTBOX: smsOutbox, GATEWAY_OTP_PER_ADDRESS_PER_HOUR: '1000', GATEWAY_OTP_PER_NUMBER_PER_HOUR: '1000' },
  }));
}, 60_000);

afterAll(async () => {
  await sut?.close();
});

describe(PhoneSignIn.name, () => {
  it('sends a six-digit code and says until when it works and when another may be asked for', async () => {
    const phone = newPhoneNumber();

    const response = await requestCode(phone).expect(202);

    expect(await codeFor(phone)).toMatch(/^\d{6}$/);
    const { expiresAt, resendAllowedAt } = response.body;
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(290_000);
    expect(new Date(resendAllowedAt).getTime() - Date.now()).toBeGreaterThan(50_000);
  });

  it('stores the code hashed, never as sent', async () => {
    const phone = newPhoneNumber();
    await requestCode(phone).expect(202);

    const [row] = await queryDatabase<{ code_hash: Buffer }>(database, `SELECT code_hash FROM phone_codes WHERE phone = $1`, [phone]);

    expect(row.code_hash).toHaveLength(32);
    expect(row.code_hash.toString('latin1')).not.toContain(await codeFor(phone));
  });

  it('reads a number however it is written, as one E.164 number', async () => {
    const { accountId } = await signedUp('+8613912345678');
    expectProblem(await requestCode('139 1234 5678'), 429, 'too-many-requests');

    await queryDatabase(database, `UPDATE phone_codes SET sent_at = sent_at - interval '1 hour' WHERE phone = '+8613912345678'`);
    await requestCode('+86 139-1234-5678').expect(202);
    const response = await signIn({ phone: '13912345678', code: await codeFor('+8613912345678') }).expect(200);

    expect(response.body.account.id).toBe(accountId);
  });

  it.each(['12345', '+86 123 4567 8901', 'call me', '+8602787654321'])(
    'refuses %s as a phone number with 400 naming the field',
    async (phone) => {
      const response = await requestCode(phone);

      expectProblem(response, 400, 'validation-failed');
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'phone' })]);
    },
  );

  it('refuses a second code for the number within the resend interval, with Retry-After, even after a sign-in', async () => {
    const { phone } = await signedUp();

    const response = await requestCode(phone);

    expectProblem(response, 429, 'too-many-requests');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(50);
    expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(60);
  });

  it('signs a new number up with its profile: account, worker profile and consent, ending in a session', async () => {
    const phone = newPhoneNumber();
    await requestCode(phone).expect(202);

    const response = await signIn({
      phone,
      code: await codeFor(phone),
      profile: workerProfile({ displayName: '李娜', employer: '美团' }),
    }).expect(200);

    const { id } = response.body.account;
    expect(response.body).toEqual({
      tokenType: 'Bearer',
      accessToken: expect.any(String),
      expiresIn: 300,
      refreshToken: expect.any(String),
      account: { id, role: 'worker', displayName: '李娜' },
    });
    expect(decodeJwt(response.body.accessToken)).toMatchObject({ sub: id, role: 'worker' });
    const [worker] = await queryDatabase<Record<string, unknown>>(
      database,
      `SELECT phone, worker_type, employer, language, privacy_notice_version, consented_at FROM worker_profiles WHERE account_id = $1`,
      [id],
    );
    expect(worker).toEqual({
      phone,
      worker_type: 'food-delivery',
      employer: '美团',
      language: 'zh-CN',
      privacy_notice_version: '2026-12-01',
      consented_at: expect.any(Date),
    });
  });

  it('announces the sign-up as account.registered in the same transaction, without the phone number', async () => {
    const { phone, accountId } = await signedUp();

    const events = await outboxOf(accountId);

    expect(events.map((event) => event.event_type)).toEqual(['account.registered']);
    expect(events[0].envelope.payload).toEqual({
      accountId,
      role: 'worker',
      displayName: '测试骑手',
      workerType: 'food-delivery',
      language: 'zh-CN',
      registeredAt: expect.any(String),
    });
    expect(JSON.stringify(events[0].envelope)).not.toContain(phone.slice(3));
  });

  it('publishes account.registered on accounts.events through the outbox, and never the phone number or the code', async () => {
    const { phone, accountId } = await signedUp();

    const messages = await readTopic(Topics.accounts, (read) => read.some((message) => message.key === accountId));

    const mine = messages.filter((message) => message.key === accountId);
    expect(mine.map((message) => JSON.parse(message.value ?? '{}').type)).toEqual(['account.registered']);
    expect(mine[0].value).not.toContain(phone.slice(3));
    expect(mine[0].value).not.toContain(await codeFor(phone));
  });

  it('signs a known number in to its account, without a profile and without a second registration', async () => {
    const { phone, accountId } = await signedUp();
    await queryDatabase(database, `UPDATE phone_codes SET sent_at = sent_at - interval '1 hour' WHERE phone = $1`, [phone]);
    await requestCode(phone).expect(202);

    const response = await signIn({ phone, code: await codeFor(phone) }).expect(200);

    expect(response.body.account.id).toBe(accountId);
    expect((await outboxOf(accountId)).map((event) => event.event_type)).toEqual(['account.registered']);
  });

  it('answers a code request for a number with an account exactly as for one without, so numbers cannot be probed', async () => {
    const { phone: known } = await signedUp();
    await queryDatabase(database, `UPDATE phone_codes SET sent_at = sent_at - interval '1 hour' WHERE phone = $1`, [known]);
    const shapeOf = (response: request.Response) => ({
      status: response.status,
      contentType: response.headers['content-type'],
      fields: Object.keys(response.body).sort(),
      codeLifetimeSeconds: Math.round((Date.parse(response.body.expiresAt) - Date.now()) / 10_000) * 10,
      resendWaitSeconds: Math.round((Date.parse(response.body.resendAllowedAt) - Date.now()) / 10_000) * 10,
    });

    const [forKnown, forUnknown] = [await requestCode(known), await requestCode(newPhoneNumber())];

    expect(shapeOf(forKnown)).toEqual(shapeOf(forUnknown));
    expect(forKnown.status).toBe(202);
  });

  it('needs a profile to sign a new number up, and keeps the code for the retry with one', async () => {
    const phone = newPhoneNumber();
    await requestCode(phone).expect(202);
    const code = await codeFor(phone);

    expectProblem(await signIn({ phone, code }), 422, 'profile-required');

    await signIn({ phone, code, profile: workerProfile() }).expect(200);
  });

  it('refuses a sign-up without consent to the privacy notice (400) or with consent to an old one (422)', async () => {
    const phone = newPhoneNumber();
    await requestCode(phone).expect(202);
    const code = await codeFor(phone);
    const { consent: _consent, ...withoutConsent } = workerProfile();

    const missing = await signIn({ phone, code, profile: withoutConsent });
    const outdated = await signIn({ phone, code, profile: workerProfile({ consent: { version: '2025-01-01' } }) });

    expectProblem(missing, 400, 'validation-failed');
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'profile.consent' })]);
    expectProblem(outdated, 422, 'privacy-notice-outdated');
    expect(outdated.body.currentVersion).toBe('2026-12-01');
    expect(await queryDatabase(database, `SELECT 1 FROM worker_profiles WHERE phone = $1`, [phone])).toEqual([]);
  });

  it('uses a code once', async () => {
    const phone = newPhoneNumber();
    await requestCode(phone).expect(202);
    const code = await codeFor(phone);
    await signIn({ phone, code, profile: workerProfile() }).expect(200);

    expectProblem(await signIn({ phone, code }), 401, 'code-expired');
  });

  it('refuses a code after its five minutes', async () => {
    const phone = newPhoneNumber();
    await requestCode(phone).expect(202);
    await queryDatabase(database, `UPDATE phone_codes SET expires_at = now() - interval '1 second' WHERE phone = $1`, [phone]);

    expectProblem(await signIn({ phone, code: await codeFor(phone), profile: workerProfile() }), 401, 'code-expired');
  });

  it('counts down five attempts, then the code is dead even when the right one comes', async () => {
    const phone = newPhoneNumber();
    await requestCode(phone).expect(202);
    const wrong = await wrongCodeFor(phone);

    const attempts = [];
    for (let attempt = 0; attempt < 5; attempt += 1) attempts.push(await signIn({ phone, code: wrong, profile: workerProfile() }));

    expect(attempts.map((response) => [response.status, response.body.code, response.body.attemptsLeft])).toEqual([
      [401, 'code-incorrect', 4],
      [401, 'code-incorrect', 3],
      [401, 'code-incorrect', 2],
      [401, 'code-incorrect', 1],
      [401, 'code-incorrect', 0],
    ]);
    expectProblem(await signIn({ phone, code: await codeFor(phone), profile: workerProfile() }), 401, 'code-expired');
  });

  it('replaces the pending code with a new one: the old one no longer works', async () => {
    const phone = newPhoneNumber();
    await requestCode(phone).expect(202);
    const first = await codeFor(phone);
    await queryDatabase(database, `UPDATE phone_codes SET sent_at = sent_at - interval '1 hour' WHERE phone = $1`, [phone]);
    await requestCode(phone).expect(202);
    const second = await codeFor(phone);

    if (first !== second) expectProblem(await signIn({ phone, code: first, profile: workerProfile() }), 401, 'code-incorrect');
    await signIn({ phone, code: second, profile: workerProfile() }).expect(200);
  });
});
