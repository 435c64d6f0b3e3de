import { Logger } from '@nestjs/common';
import { defineRoute, ReportsRoutes } from '@waystation/http-api';
import { ProblemException } from '@waystation/platform';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { z } from 'zod';
import { ServiceClient } from './service-client';

/** Generous, so a loaded machine never fails the tests that expect an answer; the hanging service test uses its own. */
const TIMEOUT_MS = 10_000;
const SHORT_TIMEOUT_MS = 300;

/** A stand-in for a service's internal API on a loopback port, answering with whatever the test asks. */
async function fakeService(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const servers: Server[] = [];
const clients: ServiceClient[] = [];

async function clientFor(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
  timeoutMs = TIMEOUT_MS,
): Promise<ServiceClient> {
  const { url, server } = await fakeService(handler);
  servers.push(server);
  const client = new ServiceClient('reports', url, timeoutMs);
  clients.push(client);
  return client;
}

async function problemOf(call: Promise<unknown>): Promise<ProblemException['problem']> {
  const error = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ProblemException);
  return (error as ProblemException).problem;
}

function answer(status: number, contentType: string, body: unknown) {
  return (_request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(status, { 'content-type': contentType }).end(JSON.stringify(body));
  };
}

const get = (client: ServiceClient) => client.call(ReportsRoutes.list, { correlationId: 'corr-1' });

const createThing = defineRoute({
  method: 'POST',
  path: '/things/:kind',
  query: z.object({ limit: z.number(), cursor: z.string().optional() }),
  body: z.object({ category: z.string() }),
  response: z.object({ id: z.string() }),
});

afterEach(async () => {
  jest.restoreAllMocks();
  await Promise.all(clients.splice(0).map((client) => client.close()));
  const closing = servers.splice(0);
  for (const server of closing) server.closeAllConnections();
  await Promise.all(closing.map((server) => new Promise((resolve) => server.close(resolve))));
});

describe(ServiceClient.name, () => {
  it("sends the route's method and path, the caller, the correlation id, extra headers, the query and the JSON body, and returns the answer", async () => {
    let seen: { method?: string; url?: string; headers: IncomingMessage['headers']; body: string } | undefined;
    const client = await clientFor((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen = { method: request.method, url: request.url, headers: request.headers, body };
        response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'r-1' }));
      });
    });

    const result = await client.call(createThing, {
      params: { kind: 'a/b' },
      correlationId: 'corr-1',
      actor: { id: 'worker-1', role: 'worker', scopes: { stations: [], communities: [] } },
      query: { limit: 5, cursor: undefined },
      body: { category: 'exposed-garbage' },
      headers: { 'idempotency-key': 'key-1', 'x-absent': undefined },
    });

    expect(result).toEqual({ status: 201, body: { id: 'r-1' } });
    expect(seen?.method).toBe('POST');
    expect(seen?.url).toBe('/things/a%2Fb?limit=5');
    expect(seen?.headers).toMatchObject({
      'x-correlation-id': 'corr-1',
      'x-actor-id': 'worker-1',
      'x-actor-role': 'worker',
      'idempotency-key': 'key-1',
      'content-type': 'application/json',
    });
    expect(seen?.headers).not.toHaveProperty('x-absent');
    expect(JSON.parse(seen?.body ?? '')).toEqual({ category: 'exposed-garbage' });
  });

  it('sends the body of a route with its own media type as it is, in that media type', async () => {
    let seen: { contentType?: string; body: string } | undefined;
    const client = await clientFor((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen = { contentType: request.headers['content-type'], body };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'import-1' }));
      });
    });
    const importThings = defineRoute({
      method: 'POST',
      path: '/things/import',
      bodyMediaType: 'text/csv',
      body: z.string(),
      response: z.object({ id: z.string() }),
    });

    await client.call(importThings, { correlationId: 'corr-1', body: 'name,lat\n"驿站, 一",30.3\n' });

    expect(seen).toEqual({ contentType: 'text/csv', body: 'name,lat\n"驿站, 一",30.3\n' });
  });

  it('keeps only what the route declares of an answer', async () => {
    const client = await clientFor(answer(201, 'application/json', { id: 'r-1', internal: 'row 7' }));

    expect((await client.call(createThing, { params: { kind: 'k' }, correlationId: 'corr-1', body: { category: 'c' } })).body).toEqual({
      id: 'r-1',
    });
  });

  it('turns an answer its route does not allow into 502 upstream-failed, and logs what did not match', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const client = await clientFor(answer(200, 'application/json', { items: [{ id: 'not-a-report' }] }));

    const problem = await problemOf(get(client));

    expect(problem).toMatchObject({ status: 502, code: 'upstream-failed', detail: expect.stringContaining('reports') });
    expect(JSON.stringify(problem)).not.toContain('not-a-report');
    expect(logged).toHaveBeenCalledWith(
      expect.stringMatching(/^GET \/reports answered 200 with a body its route does not allow \(correlation id corr-1\): .*items/s),
    );
  });

  it("passes a service's 4xx problem on unchanged", async () => {
    const notFound = {
      type: '/problems/report-not-found',
      title: 'Not Found',
      status: 404,
      detail: 'Report r-1 does not exist',
      code: 'report-not-found',
      reportId: 'r-1',
    };
    const client = await clientFor(answer(404, 'application/problem+json', notFound));

    expect(await problemOf(get(client))).toEqual(notFound);
  });

  it("passes a service's 503 problem on, so the client knows to try again", async () => {
    const busy = {
      type: '/problems/resource-busy',
      title: 'Service Unavailable',
      status: 503,
      detail: 'A record is locked',
      code: 'resource-busy',
    };
    const client = await clientFor(answer(503, 'application/problem+json', busy));

    expect(await problemOf(get(client))).toEqual(busy);
  });

  it("turns a service's 500 into 502 upstream-failed naming the service, without the service's detail", async () => {
    const client = await clientFor(answer(500, 'application/problem+json', { status: 500, detail: 'relation "reports" does not exist' }));

    const problem = await problemOf(get(client));

    expect(problem).toMatchObject({ status: 502, code: 'upstream-failed' });
    expect(problem.detail).toContain('reports');
    expect(JSON.stringify(problem)).not.toContain('relation');
  });

  it('answers 503 service-unavailable naming the service when it does not answer in time', async () => {
    const client = await clientFor(() => undefined, SHORT_TIMEOUT_MS);

    expect(await problemOf(get(client))).toMatchObject({
      status: 503,
      code: 'service-unavailable',
      detail: expect.stringContaining('reports'),
    });
  });

  it('answers 503 service-unavailable when the answer breaks off halfway', async () => {
    const client = await clientFor((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"items": [');
      setTimeout(() => response.destroy(), 20);
    });

    expect(await problemOf(get(client))).toMatchObject({ status: 503, code: 'service-unavailable' });
  });

  it('answers 503 service-unavailable when nothing listens', async () => {
    const { url, server } = await fakeService(() => undefined);
    await new Promise((resolve) => server.close(resolve));
    const client = new ServiceClient('reports', url, TIMEOUT_MS);
    clients.push(client);

    expect(await problemOf(get(client))).toMatchObject({ status: 503, code: 'service-unavailable' });
  });
});
