import { INestApplication } from '@nestjs/common';
import { createScratchDatabase, databaseUrl, expectProblem, readTestInfra } from '@waystation/testing';
import request from 'supertest';
import { gatewayConfigSchema } from '../config/gateway.config';
import { createGatewayApp } from './create-gateway-app';

const ALLOWED_ORIGIN = 'https://app.waystation.example';

describe(createGatewayApp.name, () => {
  let sut: INestApplication;

  beforeAll(async () => {
    const database = await createScratchDatabase('gateway');
    const config = gatewayConfigSchema.parse({
      GATEWAY_DATABASE_URL: databaseUrl(database),
      KAFKA_BROKERS: readTestInfra().kafka.brokers.join(','),
      LOG_LEVEL: 'warn',
      GATEWAY_CORS_ORIGINS: ALLOWED_ORIGIN,
      GATEWAY_MAX_BODY_BYTES: '2048',
    });
    sut = await createGatewayApp(config);
    await sut.init();
  }, 60_000);

  afterAll(async () => {
    await sut?.close();
  });

  const api = () => request(sut.getHttpServer());

  it('sends security headers and does not name its framework', async () => {
    const response = await api().get('/health/live').expect(200);

    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age='),
      'content-security-policy': expect.stringContaining("script-src 'self'"),
      'referrer-policy': 'no-referrer',
    });
    expect(response.headers).not.toHaveProperty('x-powered-by');
  });

  it('still serves the /docs page, whose scripts all come from the gateway itself', async () => {
    const page = await api().get('/docs/').expect(200);
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];

    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(([, attributes, body]) => !/src="\.\//.test(attributes) || body.trim() !== '')).toEqual([]);
    for (const [, attributes] of scripts)
      await api()
        .get(`/docs/${/src="\.\/([^"]+)"/.exec(attributes)?.[1]}`)
        .expect(200);
  });

  it('answers a preflight from a configured origin, exposing the correlation id', async () => {
    const response = await api()
      .options('/api/v1/reports')
      .set('origin', ALLOWED_ORIGIN)
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'authorization,content-type');

    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    expect(response.headers).not.toHaveProperty('access-control-allow-credentials');
    const simple = await api().get('/health/live').set('origin', ALLOWED_ORIGIN);
    expect(simple.headers['access-control-expose-headers']).toContain('x-correlation-id');
  });

  it('gives another origin no CORS headers, so its pages cannot read the answers', async () => {
    const preflight = await api()
      .options('/api/v1/reports')
      .set('origin', 'https://evil.example')
      .set('access-control-request-method', 'POST');
    const simple = await api().get('/health/live').set('origin', 'https://evil.example');

    expect(preflight.headers).not.toHaveProperty('access-control-allow-origin');
    expect(simple.headers).not.toHaveProperty('access-control-allow-origin');
  });

  it('refuses a body over GATEWAY_MAX_BODY_BYTES with 413 problem+json, before anything reads it', async () => {
    const response = await api()
      .post('/api/v1/reports')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ description: 'x'.repeat(3_000) }));

    expectProblem(response, 413, 'payload-too-large');
  });

  it('accepts a well-formed correlation id and returns it; replaces one that is not', async () => {
    const accepted = await api().get('/health/live').set('x-correlation-id', 'trace-7.b:c');
    const replaced = await api().get('/health/live').set('x-correlation-id', 'no spaces allowed');

    expect(accepted.headers['x-correlation-id']).toBe('trace-7.b:c');
    expect(replaced.headers['x-correlation-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
  });
});
