import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookSender } from './webhook-sender.service';
import type { WebhookSettings } from './webhook-settings';

const settings = (allowLoopback: boolean): WebhookSettings => ({
  intervalMs: 0,
  timeoutMs: 2_000,
  allowLoopback,
  secretKey: 'webhook-sender-spec-secret-key-of-32-characters',
});

describe(WebhookSender.name, () => {
  let receiver: Server;
  let port: number;
  let received = 0;

  beforeAll(async () => {
    receiver = createServer((_request, response) => {
      received += 1;
      response.statusCode = 204;
      response.end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    port = (receiver.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => receiver.close(resolve)));
  beforeEach(() => (received = 0));

  async function postWith(allowLoopback: boolean, url: string) {
    const sender = new WebhookSender(settings(allowLoopback));
    try {
      return await sender.post(url, { 'waystation-webhook-id': 'd-1' }, '{}');
    } finally {
      await sender.onModuleDestroy();
    }
  }

  it('delivers to a loopback endpoint, by name or address, where loopback is allowed', async () => {
    expect(await postWith(true, `http://127.0.0.1:${port}/hook`)).toMatchObject({ statusCode: 204, error: null });
    expect(await postWith(true, `http://localhost:${port}/hook`)).toMatchObject({ statusCode: 204, error: null });
    expect(received).toBe(2);
  });

  it('sends nothing to an endpoint the URL policy now refuses, such as loopback once it is no longer allowed', async () => {
    const outcome = await postWith(false, `http://127.0.0.1:${port}/hook`);
    expect(outcome).toMatchObject({ statusCode: null, error: expect.stringMatching(/loopback/) });
    expect(received).toBe(0);
  });
});
