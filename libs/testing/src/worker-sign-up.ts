import { actorSchema } from '@waystation/contracts';
import { tokenPairSchema, WorkerSignUpProfile } from '@waystation/http-api';
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import request from 'supertest';
import { TEST_SMS_OUTBOX } from './infra-state';
import type { TestAccount } from './test-account';

export interface WorkerSignUpOverrides {
  phone?: string;
  profile?: Partial<WorkerSignUpProfile>;
  /** The gateway's GATEWAY_SMS_DEV_OUTBOX; the test system's by default. */
  smsOutbox?: string;
}

/** The privacy notice the tests' gateways ask consent to (GATEWAY_PRIVACY_NOTICE_VERSION's default). */
export const TEST_PRIVACY_NOTICE_VERSION = '2026-12-01';

/** A fresh mainland China mobile number (the 139 range), so each test signs up someone new. */
export function newPhoneNumber(): string {
  return `+86139${String(Math.floor(Math.random() * 100_000_000)).padStart(8, '0')}`;
}

/** A complete sign-up profile, with overrides. */
export function workerProfile(overrides: Partial<WorkerSignUpProfile> = {}): WorkerSignUpProfile {
  return {
    displayName: '测试骑手',
    workerType: 'food-delivery',
    language: 'zh-CN',
    consent: { version: TEST_PRIVACY_NOTICE_VERSION },
    ...overrides,
  };
}

/**
 * The last code the development SMS provider wrote for `phone` (it writes before the gateway answers the code
 * request, so the code is there once that answer is).
 */
export async function smsCodeFor(phone: string, smsOutbox = TEST_SMS_OUTBOX): Promise<string> {
  const text = await readFile(smsOutbox, 'utf8').catch(() => '');
  const messages = text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { phone: string; code: string });
  const code = messages.filter((message) => message.phone === phone).at(-1)?.code;
  if (code === undefined) throw new Error(`No SMS code for ${phone} in ${smsOutbox}`);
  return code;
}

/**
 * Signs a new worker up through the gateway's real endpoints: asks for a code, reads it from the development
 * SMS provider's file, signs up with a profile.
 */
export async function signUpWorker(gateway: string | Server, overrides: WorkerSignUpOverrides = {}): Promise<TestAccount> {
  const phone = overrides.phone ?? newPhoneNumber();
  await request(gateway).post('/api/v1/auth/phone/code').send({ phone }).expect(202);
  const code = await smsCodeFor(phone, overrides.smsOutbox);
  const response = await request(gateway)
    .post('/api/v1/auth/phone/sign-in')
    .send({ phone, code, profile: workerProfile(overrides.profile) })
    .expect(200);
  const pair = tokenPairSchema.parse(response.body);
  return {
    actor: actorSchema.parse({ id: pair.account.id, role: pair.account.role }),
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
  };
}
