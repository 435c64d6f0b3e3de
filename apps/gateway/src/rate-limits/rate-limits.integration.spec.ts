import { INestApplication } from '@nestjs/common';
import { expectProblem, newPhoneNumber, queryDatabase, signUpWorker, startServiceUnderTest, TEST_INFRA_DIR } from '@waystation/testing';
import type { Server } from 'node:http';
import { join } from 'node:path';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module';
import { gatewayConfigSchema } from '../config/gateway.config';
import { ExpiredRowsSweeper } from '../housekeeping/expired-rows-sweeper';
import { RateLimiter } from './rate-limiter.service';

/** Two gateway replicas on one database, as behind a load balancer; limits low enough to reach in a test. */
const LIMITS = {
  GATEWAY_OTP_RESEND_INTERVAL_SECONDS: '0',
  GATEWAY_OTP_PER_NUMBER_PER_HOUR: '3',
  GATEWAY_OTP_PER_ADDRESS_PER_HOUR: '5',
  GATEWAY_RATE_LIMIT_WINDOW_SECONDS: '3600',
  GATEWAY_RATE_LIMIT_PER_ACCOUNT: '6',
  GATEWAY_RATE_LIMIT_PER_ADDRESS: '10',
};
const smsOutbox = join(TEST_INFRA_DIR, `sms-outbox-rate-limits-${uuidv7()}.jsonl`);
let replicas: INestApplication[] = [];
let database: string;

const startReplica = async (existing?: string) =>
  startServiceUnderTest((env) => AppModule.forRoot(gatewayConfigSchema.parse(env)), {
    databaseVariable: 'GATEWAY_DATABASE_URL',
    database: existing,
    env: { ...LIMITS, GATEWAY_SMS_DEV_OUTBOX: smsOutbox },
  });

/** Replica 0, 1, 0, 1, …: every other request lands on the other one. */
const alternately = (index: number): Server => replicas[index % 2].getHttpServer();
const requestCode = (server: Server, phone: string) => request(server).post('/api/v1/auth/phone/code').send({ phone });

beforeAll(async () => {
  const first = await startReplica();
  database = first.database;
  const second = await startReplica(database);
  replicas = [first.app, second.app];
}, 90_000);

afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.close()));
});

// Each test starts with every window empty.
beforeEach(() => queryDatabase(database, 'DELETE FROM rate_limit_counters'));

describe(RateLimiter.name, () => {
  it('limits the codes sent to one number across both replicas, then answers 429 with Retry-After', async () => {
    const phone = newPhoneNumber();
    for (let index = 0; index < 3; index += 1) await requestCode(alternately(index), phone).expect(202);

    const refused = await requestCode(alternately(3), phone);

    expectProblem(refused, 429, 'too-many-requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3_600);
  });

  it('limits the codes one client address asks for, whatever the numbers, across both replicas', async () => {
    for (let index = 0; index < 5; index += 1) await requestCode(alternately(index), newPhoneNumber()).expect(202);

    expectProblem(await requestCode(alternately(5), newPhoneNumber()), 429, 'too-many-requests');
  });

  it('does not count a code it refused: the number is not locked out longer by asking again', async () => {
    const phone = newPhoneNumber();
    for (let index = 0; index < 4; index += 1) await requestCode(alternately(index), phone);

    const [counter] = await queryDatabase<{ hits: number }>(database, `SELECT hits FROM rate_limit_counters WHERE key = $1`, [
      `otp:number:${phone}`,
    ]);
    expect(counter.hits).toBe(3);
  });

  it("limits one account's requests across both replicas", async () => {
    const worker = await signUpWorker(alternately(0), { smsOutbox });
    await queryDatabase(database, 'DELETE FROM rate_limit_counters');

    const statuses = [];
    const getMe = (index: number) => request(alternately(index)).get('/api/v1/me').auth(worker.accessToken, { type: 'bearer' });
    for (let index = 0; index < 7; index += 1) statuses.push((await getMe(index)).status);

    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
    const refused = await getMe(7);
    expectProblem(refused, 429, 'too-many-requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it("limits one client address's requests, signed in or not, across both replicas", async () => {
    const statuses = [];
    for (let index = 0; index < 11; index += 1) statuses.push((await request(alternately(index)).get('/api/v1')).status);

    expect(statuses.slice(0, 10).every((status) => status !== 429)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('leaves the health endpoints unlimited, for the probes', async () => {
    for (let index = 0; index < 12; index += 1) await request(alternately(index)).get('/health/live').expect(200);
  });

  it('forgets counters of ended windows and codes past their time, and keeps the live ones', async () => {
    const live = newPhoneNumber();
    await requestCode(alternately(0), live).expect(202);
    await queryDatabase(
      database,
      `INSERT INTO rate_limit_counters (key, window_start, window_end, hits) VALUES ('api:address:gone', now() - interval '2 hours', now() - interval '1 hour', 3)`,
    );
    await queryDatabase(
      database,
      `INSERT INTO phone_codes (phone, code_hash, attempts_left, sent_at, expires_at) VALUES ('+8613900000000', '\\x00', 5, now() - interval '1 hour', now() - interval '55 minutes')`,
    );

    await replicas[1].get(ExpiredRowsSweeper).sweep();

    expect(await queryDatabase(database, `SELECT key FROM rate_limit_counters WHERE key = 'api:address:gone'`)).toEqual([]);
    expect(await queryDatabase(database, `SELECT phone FROM phone_codes WHERE phone IN ('+8613900000000', $1)`, [live])).toEqual([
      { phone: live },
    ]);
  });
});
