import { INestApplication } from '@nestjs/common';
import { ActorInput, reportDispatchedV1, reportUpdatedV1, Topics } from '@waystation/contracts';
import { WebhookDeliveryView, WebhookEndpointWithSecretView } from '@waystation/http-api';
import { publishEvents, serviceAs, startServiceUnderTest, waitFor, WebhookTestReceiver } from '@waystation/testing';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module';
import { notificationsConfigSchema } from '../config/notifications.config';
import { WebhookDispatcher } from './webhook-dispatcher.service';

/**
 * Notifications on a scratch database and the run's Kafka, its delivery job off: each test moves the clock and
 * sends what is due by hand. The receivers are real HTTP servers on 127.0.0.1 that check every delivery as
 * docs/departments.md tells a department to.
 */
let sut: INestApplication;
const receivers: WebhookTestReceiver[] = [];
const HOUR_MS = 60 * 60 * 1000;

function newReceiver(): WebhookTestReceiver {
  const receiver = new WebhookTestReceiver();
  receivers.push(receiver);
  return receiver;
}

const departmentUser = (code: string): ActorInput => ({ id: `department-${uuidv7()}`, role: 'department', scopes: { department: code } });
const as = (actor: ActorInput) => serviceAs(sut.getHttpServer(), actor);

function dispatched(department: string, reportId = uuidv7()) {
  return reportDispatchedV1.create({
    correlationId: 'webhooks-it',
    producer: 'reports',
    aggregateId: reportId,
    payload: {
      reportId,
      category: { code: 'overflowing-bins', group: 'environment', name: { 'zh-CN': '垃圾满溢', en: 'Overflowing bins' } },
      severity: 'medium',
      private: false,
      location: { lat: 30.3721, lng: 114.3217 },
      communityCode: '420115001001',
      districtCode: '420115',
      departments: [{ code: department, ruleId: null }],
      dispatchedBy: 'staff-it',
      dispatchedAt: new Date().toISOString(),
    },
  });
}

function updated(department: string, reportId: string) {
  return reportUpdatedV1.create({
    correlationId: 'webhooks-it',
    producer: 'reports',
    aggregateId: reportId,
    payload: {
      reportId,
      departmentCode: department,
      status: 'acknowledged',
      reportStatus: 'in-progress',
      updatedBy: 'department-it',
      updatedAt: new Date().toISOString(),
    },
  });
}

async function registered(user: ActorInput, receiver: WebhookTestReceiver, eventTypes = ['report.dispatched', 'report.updated']) {
  const endpoint: WebhookEndpointWithSecretView = (
    await as(user)
      .post('/webhooks')
      .send({ url: await receiver.start(), eventTypes })
      .expect(201)
  ).body;
  receiver.secret = endpoint.secret;
  return endpoint;
}

const deliveriesOf = async (user: ActorInput, endpointId: string, query = ''): Promise<WebhookDeliveryView[]> =>
  (await as(user).get(`/webhooks/${endpointId}/deliveries${query}`).expect(200)).body.items;

const waitForDeliveries = (user: ActorInput, endpointId: string, count: number) =>
  waitFor(async () => ((await deliveriesOf(user, endpointId)).length >= count ? true : undefined), {
    description: `${count} deliveries queued for ${endpointId}`,
    timeoutMs: 30_000,
  });

/** Sends what is due at `at`, the receiver's clock kept with it. */
async function sendDueAt(receiver: WebhookTestReceiver, at: Date): Promise<number> {
  receiver.now = () => at;
  return sut.get(WebhookDispatcher).sendDue(at);
}

beforeAll(async () => {
  ({ app: sut } = await startServiceUnderTest((env) => AppModule.forRoot(notificationsConfigSchema.parse(env)), {
    databaseVariable: 'NOTIFICATIONS_DATABASE_URL',
    consumesEvents: true,
    env: { NOTIFICATIONS_WEBHOOK_ALLOW_LOOPBACK: 'true', NOTIFICATIONS_WEBHOOK_INTERVAL_MS: '0', NOTIFICATIONS_WEBHOOK_TIMEOUT_MS: '5000' },
  }));
}, 60_000);

afterAll(async () => {
  await sut?.close();
  await Promise.all(receivers.map((receiver) => receiver.stop()));
});

describe(WebhookDispatcher.name, () => {
  it('delivers each event to the receiver exactly once by its id, signed, through two failed attempts and a redelivery', async () => {
    const department = `it-${uuidv7().slice(-12)}`;
    const user = departmentUser(department);
    const receiver = newReceiver();
    receiver.failures = 2;
    const endpoint = await registered(user, receiver);
    const first = dispatched(department);
    const progress = updated(department, first.payload.reportId);
    const elsewhere = dispatched(`other-${uuidv7().slice(-12)}`);

    await publishEvents(Topics.reports, [first, progress, first, elsewhere], first.aggregateId);
    await waitForDeliveries(user, endpoint.id, 2);
    let clock = new Date();
    const attemptsPerRound: number[] = [];
    for (let round = 0; round < 4; round += 1, clock = new Date(clock.getTime() + HOUR_MS)) {
      attemptsPerRound.push(await sendDueAt(receiver, clock));
    }

    expect(receiver.refused).toEqual([]);
    expect(attemptsPerRound).toEqual([2, 2, 2, 0]);
    expect(
      receiver
        .events()
        .map(({ eventId, type }) => ({ eventId, type }))
        .sort((a, b) => a.type.localeCompare(b.type)),
    ).toEqual([
      { eventId: first.id, type: 'report.dispatched' },
      { eventId: progress.id, type: 'report.updated' },
    ]);
    const log = await deliveriesOf(user, endpoint.id);
    expect(log).toHaveLength(2);
    for (const delivery of log) {
      expect(delivery).toMatchObject({ status: 'delivered', nextAttemptAt: null });
      expect(delivery.attempts.map(({ statusCode }) => statusCode)).toEqual([500, 500, 204]);
      expect(receiver.attemptsById.get(delivery.id)).toBe(3);
    }
  });

  it('dead-letters a delivery after a day of failures, and a replay with a rotated secret delivers it under the same id', async () => {
    const department = `it-${uuidv7().slice(-12)}`;
    const user = departmentUser(department);
    const receiver = newReceiver();
    receiver.failures = Number.MAX_SAFE_INTEGER;
    const endpoint = await registered(user, receiver, ['report.dispatched']);
    const event = dispatched(department);

    await publishEvents(Topics.reports, [event, updated(department, event.payload.reportId)], event.aggregateId);
    await waitForDeliveries(user, endpoint.id, 1);
    const queuedAt = new Date();
    await sendDueAt(receiver, queuedAt);
    expect(await deliveriesOf(user, endpoint.id)).toEqual([
      expect.objectContaining({ status: 'pending', nextAttemptAt: expect.any(String) }),
    ]);
    await sendDueAt(receiver, new Date(queuedAt.getTime() + 25 * HOUR_MS));

    const [deadLetter] = await deliveriesOf(user, endpoint.id, '?status=dead-lettered');
    expect(deadLetter).toMatchObject({ eventId: event.id, eventType: 'report.dispatched', status: 'dead-lettered', nextAttemptAt: null });
    expect(deadLetter.attempts.map(({ statusCode }) => statusCode)).toEqual([500, 500]);
    expect(await deliveriesOf(user, endpoint.id, '?status=pending')).toEqual([]);

    receiver.secret = (await as(user).post(`/webhooks/${endpoint.id}/rotate-secret`).expect(200)).body.secret;
    receiver.failures = 0;
    const replayed = await as(user)
      .post(`/webhooks/${endpoint.id}/deliveries/replay`)
      .send({ deliveryIds: [deadLetter.id] })
      .expect(200);
    expect(replayed.body.items).toEqual([expect.objectContaining({ id: deadLetter.id, status: 'pending' })]);
    expect(await sendDueAt(receiver, new Date())).toBe(1);

    expect(receiver.refused).toEqual([]);
    expect([...receiver.accepted.keys()]).toEqual([deadLetter.id]);
    expect(receiver.events()).toEqual([expect.objectContaining({ eventId: event.id, type: 'report.dispatched' })]);
    const [delivered] = await deliveriesOf(user, endpoint.id);
    expect(delivered.status).toBe('delivered');
    expect(delivered.attempts.map(({ statusCode }) => statusCode)).toEqual([500, 500, 204]);
  });
});

describe('webhook endpoints', () => {
  it("shows the secret only at creation and rotation, and answers 404 for another department's endpoint", async () => {
    const department = `it-${uuidv7().slice(-12)}`;
    const user = departmentUser(department);
    const receiver = newReceiver();
    const endpoint = await registered(user, receiver);
    const other = departmentUser(`it-${uuidv7().slice(-12)}`);

    expect(endpoint.secret).toMatch(/^whsec_/);
    const read = await as(user).get(`/webhooks/${endpoint.id}`).expect(200);
    expect(read.body).not.toHaveProperty('secret');
    expect((await as(user).get('/webhooks').expect(200)).body.items).toEqual([expect.objectContaining({ id: endpoint.id })]);
    expect((await as(other).get('/webhooks').expect(200)).body.items).toEqual([]);
    for (const call of [
      as(other).get(`/webhooks/${endpoint.id}`),
      as(other).get(`/webhooks/${endpoint.id}/deliveries`),
      as(other).patch(`/webhooks/${endpoint.id}`).send({ active: false }),
      as(other).post(`/webhooks/${endpoint.id}/rotate-secret`),
      as(other).delete(`/webhooks/${endpoint.id}`),
    ]) {
      expect((await call.expect(404)).body.code).toBe('webhook-endpoint-not-found');
    }
    await as(user).delete(`/webhooks/${endpoint.id}`).expect(200);
    await as(user).get(`/webhooks/${endpoint.id}`).expect(404);
  });

  it('keeps secrets sealed in its database, and answers a repeated creation with the same secret', async () => {
    const user = departmentUser(`it-${uuidv7().slice(-12)}`);
    const receiver = newReceiver();
    const body = { url: await receiver.start(), eventTypes: ['report.dispatched'] };
    const create = () => as(user).post('/webhooks').set('Idempotency-Key', `sealed-${user.id}`).send(body);
    const endpoint = (await create().expect(201)).body;
    const storedRow = async () =>
      JSON.stringify(await sut.get(DataSource).query(`SELECT * FROM webhook_endpoints WHERE id = $1`, [endpoint.id]));
    const keyPart = (secret: string) => secret.replace(/^whsec_/, '');

    expect((await create().expect(200)).body.secret).toBe(endpoint.secret);
    expect(await storedRow()).not.toContain(keyPart(endpoint.secret));
    const rotated = (await as(user).post(`/webhooks/${endpoint.id}/rotate-secret`).expect(200)).body.secret;
    expect(rotated).not.toBe(endpoint.secret);
    expect(await storedRow()).not.toContain(keyPart(rotated));
  });

  it('refuses plain http to a public host, private addresses, and another department', async () => {
    const user = departmentUser(`it-${uuidv7().slice(-12)}`);
    const body = { eventTypes: ['report.dispatched'] };

    const http = await as(user)
      .post('/webhooks')
      .send({ ...body, url: 'http://hooks.example.city/in' })
      .expect(422);
    const metadata = await as(user)
      .post('/webhooks')
      .send({ ...body, url: 'https://169.254.169.254/latest' })
      .expect(422);
    const foreign = await as(user)
      .post('/webhooks')
      .send({ ...body, url: 'https://hooks.example.city/in', departmentCode: 'police' })
      .expect(403);
    const worker = await as({ id: 'worker-it', role: 'worker' }).get('/webhooks').expect(403);

    expect([http.body.code, metadata.body.code, foreign.body.code, worker.body.code]).toEqual([
      'webhook-url-not-allowed',
      'webhook-url-not-allowed',
      'webhook-department-not-yours',
      'webhooks-department-only',
    ]);
  });
});
