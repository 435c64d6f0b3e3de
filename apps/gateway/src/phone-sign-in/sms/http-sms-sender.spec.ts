import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { SmsDeliveryFailedError } from '../phone-sign-in-errors';
import { HttpSmsSender } from './http-sms-sender';

interface Received {
  method?: string;
  authorization?: string;
  contentType?: string;
  body: unknown;
}

/** A real SMS gateway stand-in on 127.0.0.1 that answers `status` and records what it got. */
async function startReceiver(status: number): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer(async (request: IncomingMessage, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    received.push({
      method: request.method,
      authorization: request.headers.authorization,
      contentType: request.headers['content-type'],
      body: JSON.parse(text),
    });
    response.writeHead(status, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`, received, server };
}

describe(HttpSmsSender.name, () => {
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

  it('posts the number and code as JSON with the key as a bearer token', async () => {
    const receiver = await startReceiver(202);
    servers.push(receiver.server);
    const sut = new HttpSmsSender(receiver.url, 'sms-key-1', 2_000);

    await sut.sendCode('+8613871234567', '042117');

    expect(receiver.received).toEqual([
      {
        method: 'POST',
        authorization: 'Bearer sms-key-1',
        contentType: 'application/json',
        body: { phone: '+8613871234567', code: '042117' },
      },
    ]);
  });

  it('fails with sms-delivery-failed when the SMS gateway refuses the message', async () => {
    const receiver = await startReceiver(500);
    servers.push(receiver.server);
    const sut = new HttpSmsSender(receiver.url, 'sms-key-1', 2_000);

    await expect(sut.sendCode('+8613871234567', '042117')).rejects.toThrow(SmsDeliveryFailedError);
  });

  it('fails with sms-delivery-failed when the SMS gateway cannot be reached', async () => {
    const receiver = await startReceiver(200);
    await new Promise((resolve) => receiver.server.close(resolve));
    const sut = new HttpSmsSender(receiver.url, 'sms-key-1', 2_000);

    await expect(sut.sendCode('+8613871234567', '042117')).rejects.toThrow(SmsDeliveryFailedError);
  });
});
