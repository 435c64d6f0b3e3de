import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';
import { guardedLookup, type ResolveAll } from './webhook-address-guard';

/** A DNS that answers every name with `address`, as a name re-pointed after its registration would. */
const resolvingTo =
  (address: string): ResolveAll =>
  (_hostname, _options, callback) =>
    callback(null, [{ address, family: address.includes(':') ? 6 : 4 }]);

describe(guardedLookup.name, () => {
  let receiver: Server;
  let port: number;
  let received = 0;

  beforeAll(async () => {
    receiver = createServer((_request, response) => {
      received += 1;
      response.end('ok');
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    port = (receiver.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => receiver.close(resolve)));
  beforeEach(() => (received = 0));

  /** POSTs through undici as the sender does, to a name the given DNS resolves. */
  async function post(allowLoopback: boolean, dns: ResolveAll) {
    const dispatcher = new Agent({ connect: { lookup: guardedLookup(allowLoopback, dns) } });
    try {
      const response = await request(`http://hooks.sanitation.example:${port}/hook`, { method: 'POST', body: '{}', dispatcher });
      await response.body.dump();
      return response.statusCode;
    } finally {
      await dispatcher.close();
    }
  }

  it('connects when the name resolves to an address webhooks may reach', async () => {
    await expect(post(true, resolvingTo('127.0.0.1'))).resolves.toBe(200);
    expect(received).toBe(1);
  });

  it('refuses to connect when the name now resolves to loopback where loopback is not allowed', async () => {
    await expect(post(false, resolvingTo('127.0.0.1'))).rejects.toMatchObject({
      code: 'EWEBHOOKADDRESS',
      message: expect.stringMatching(/hooks\.sanitation\.example: .*loopback/),
    });
    expect(received).toBe(0);
  });

  it.each(['10.0.0.5', '169.254.169.254', '::ffff:127.0.0.1', 'fd00::1'])(
    'refuses a name resolving to the private or reserved address %s, whatever the setting',
    async (address) => {
      await expect(post(true, resolvingTo(address))).rejects.toMatchObject({ code: 'EWEBHOOKADDRESS' });
      expect(received).toBe(0);
    },
  );

  it('refuses a name when any of its addresses is refused', async () => {
    const twoAnswers: ResolveAll = (_hostname, _options, callback) =>
      callback(null, [
        { address: '127.0.0.1', family: 4 },
        { address: '10.0.0.5', family: 4 },
      ]);
    await expect(post(true, twoAnswers)).rejects.toMatchObject({ code: 'EWEBHOOKADDRESS' });
  });
});
