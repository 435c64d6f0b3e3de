import { INestApplication } from '@nestjs/common';
import { createScratchDatabase, databaseUrl, expectProblem, readTestInfra } from '@waystation/testing';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('the gateway serving the built worker app', () => {
  let sut: INestApplication;
  const TILES = 'https://{s}.tiles.example.org/{z}/{x}/{y}.png';

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<html><head><meta name="waystation-map-tile-url" content="" /><script type="module" src="/assets/app-1a2b.js"></script></head></html>',
    );
    writeFileSync(join(dist, 'assets', 'app-1a2b.js'), 'console.log("app")');
    const database = await createScratchDatabase('gateway');
    sut = await createGatewayApp(
      gatewayConfigSchema.parse({
        GATEWAY_DATABASE_URL: databaseUrl(database),
        KAFKA_BROKERS: readTestInfra().kafka.brokers.join(','),
        LOG_LEVEL: 'warn',
        GATEWAY_WEB_DIST_DIR: dist,
        GATEWAY_WEB_MAP_TILE_URL: TILES,
      }),
    );
    await sut.init();
  }, 60_000);

  afterAll(async () => {
    await sut?.close();
  });

  const api = () => request(sut.getHttpServer());

  it("answers the app's page at / and at every screen's address, with the tile URL filled in", async () => {
    for (const path of ['/', '/sign-in', '/stations/0192f0c4-5e9a-7c3e-8f00-000000000001']) {
      const page = await api().get(path).set('accept', 'text/html').expect(200);

      expect(page.headers['content-type']).toContain('text/html');
      expect(page.text).toContain(`<meta name="waystation-map-tile-url" content="${TILES}" />`);
    }
  });

  it("serves the app's scripts from the gateway itself, which its content security policy allows, with the tiles' host", async () => {
    const page = await api().get('/').set('accept', 'text/html').expect(200);
    const script = await api().get('/assets/app-1a2b.js').expect(200);

    expect(script.headers['cache-control']).toContain('immutable');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("img-src 'self' data: https://*.tiles.example.org");
  });

  it('leaves the API its own answers: an unknown API path is a problem, not the page', async () => {
    expectProblem(await api().get('/api/v1/no-such-route').set('accept', 'text/html'), 404, 'not-found');
    expectProblem(await api().get('/assets/missing.js').set('accept', 'text/html'), 404, 'not-found');
    expect((await api().get('/health/live').set('accept', 'text/html').expect(200)).headers['content-type']).toContain('application/json');
    expect((await api().get('/docs/json').expect(200)).body).toHaveProperty('openapi', '3.1.0');
  });

  it('answers only a browser asking for a page with it', async () => {
    expect((await api().get('/sign-in').set('accept', 'application/json')).headers['content-type']).not.toContain('text/html');
    expect((await api().post('/sign-in').set('accept', 'text/html')).headers['content-type']).not.toContain('text/html');
  });
});
