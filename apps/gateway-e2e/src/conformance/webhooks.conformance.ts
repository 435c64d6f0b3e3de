import { signInStaff, waitFor, WebhookTestReceiver } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import type { ConformanceContext } from './conformance-context';
import { confirmedReport } from './report-sla.conformance';

const ENDPOINT = '/api/v1/webhooks/{id}';
const DELIVERIES = '/api/v1/webhooks/{id}/deliveries';
const REPLAY = '/api/v1/webhooks/{id}/deliveries/replay';
const ROTATE = '/api/v1/webhooks/{id}/rotate-secret';

/**
 * A department's webhooks: sanitation registers a receiver on 127.0.0.1, a report of the staff's community is
 * dispatched to it and delivered, signed; sanitation reads the log, replays the delivery, rotates the secret and
 * removes the endpoint. A worker, another department and bad URLs get their problems.
 */
export async function observeWebhooks({ system, observe, as, worker, staff, admin }: ConformanceContext): Promise<void> {
  const gatewayUrl = system.url('gateway');
  const sanitation = await signInStaff(gatewayUrl, { role: 'department', scopes: { department: 'sanitation' } });
  const police = await signInStaff(gatewayUrl, { role: 'department', scopes: { department: 'police' } });
  const receiver = new WebhookTestReceiver();
  try {
    const registration = { url: await receiver.start(), eventTypes: ['report.dispatched'] };
    const key = { 'Idempotency-Key': `conformance-${uuidv7()}` };
    const endpoint = await observe(
      'post',
      '/api/v1/webhooks',
      as(sanitation).post('/api/v1/webhooks').set(key).send(registration).expect(201),
    );
    await observe('post', '/api/v1/webhooks', as(sanitation).post('/api/v1/webhooks').set(key).send(registration).expect(200));
    receiver.secret = (endpoint as unknown as { secret: string }).secret;
    await observe('post', '/api/v1/webhooks', as(admin).post('/api/v1/webhooks').send(registration).expect(422));
    await observe(
      'post',
      '/api/v1/webhooks',
      as(sanitation)
        .post('/api/v1/webhooks')
        .send({ ...registration, url: 'http://hooks.example.city/in' })
        .expect(422),
    );
    await observe('post', '/api/v1/webhooks', as(worker).post('/api/v1/webhooks').send(registration).expect(403));

    await observe('get', '/api/v1/webhooks', as(sanitation).get('/api/v1/webhooks').expect(200));
    await observe('get', '/api/v1/webhooks', as(admin).get('/api/v1/webhooks?department=sanitation').expect(200));
    await observe('get', '/api/v1/webhooks', as(staff).get('/api/v1/webhooks').expect(403));
    await observe('get', ENDPOINT, as(sanitation).get(`/api/v1/webhooks/${endpoint.id}`).expect(200));
    await observe('get', ENDPOINT, as(police).get(`/api/v1/webhooks/${endpoint.id}`).expect(404));
    await observe(
      'patch',
      ENDPOINT,
      as(sanitation).patch(`/api/v1/webhooks/${endpoint.id}`).send({ description: '环卫调度台' }).expect(200),
    );
    await observe('patch', ENDPOINT, as(sanitation).patch(`/api/v1/webhooks/${endpoint.id}`).send({}).expect(400));

    const report = await confirmedReport(gatewayUrl, as, worker, staff);
    await waitFor(async () => receiver.events().find((event) => event.payload.reportId === report), {
      description: 'the dispatch of the report at the receiver',
      timeoutMs: 30_000,
    });
    const log = await observe(
      'get',
      DELIVERIES,
      as(sanitation).get(`/api/v1/webhooks/${endpoint.id}/deliveries?status=delivered`).expect(200),
    );
    await observe('get', DELIVERIES, as(sanitation).get(`/api/v1/webhooks/${endpoint.id}/deliveries?status=lost`).expect(400));
    await observe('get', DELIVERIES, as(police).get(`/api/v1/webhooks/${endpoint.id}/deliveries`).expect(404));
    const [delivery] = (log as unknown as { items: { id: string }[] }).items;
    await observe(
      'post',
      REPLAY,
      as(sanitation)
        .post(`/api/v1/webhooks/${endpoint.id}/deliveries/replay`)
        .send({ deliveryIds: [delivery.id] })
        .expect(200),
    );
    await observe(
      'post',
      REPLAY,
      as(sanitation)
        .post(`/api/v1/webhooks/${endpoint.id}/deliveries/replay`)
        .send({ deliveryIds: [uuidv7()] })
        .expect(404),
    );
    await observe('post', ROTATE, as(sanitation).post(`/api/v1/webhooks/${endpoint.id}/rotate-secret`).expect(200));
    await observe('post', ROTATE, as(police).post(`/api/v1/webhooks/${endpoint.id}/rotate-secret`).expect(404));
    await observe('delete', ENDPOINT, as(police).delete(`/api/v1/webhooks/${endpoint.id}`).expect(404));
    await observe('delete', ENDPOINT, as(sanitation).delete(`/api/v1/webhooks/${endpoint.id}`).expect(204));
    expect(receiver.refused).toEqual([]);
  } finally {
    await receiver.stop();
  }
}
