import { WaystationSystem } from '@waystation/system';
import { queryDatabase, signUpWorker, startTestSystem, waitFor } from '@waystation/testing';
import request from 'supertest';

/** A worker signs up through the running gateway as a client would, reading the code the dev SMS provider wrote. */
describe('a worker signs up by phone and one-time code (through the gateway)', () => {
  let system: WaystationSystem;
  let gatewayUrl: string;

  beforeAll(async () => {
    system = await startTestSystem();
    gatewayUrl = system.url('gateway');
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('signs up, reads and edits the profile, and points opens the worker account from account.registered', async () => {
    const worker = await signUpWorker(gatewayUrl, { profile: { displayName: '张师傅', workerType: 'sanitation' } });
    const me = () => request(gatewayUrl).get('/api/v1/me').auth(worker.accessToken, { type: 'bearer' });

    expect((await me().expect(200)).body).toMatchObject({
      id: worker.actor.id,
      displayName: '张师傅',
      worker: { workerType: 'sanitation' },
    });
    await request(gatewayUrl).patch('/api/v1/me').auth(worker.accessToken, { type: 'bearer' }).send({ language: 'en' }).expect(200);
    await waitFor(
      async () => (await queryDatabase('points', `SELECT 1 FROM ledger_accounts WHERE owner_id = $1`, [worker.actor.id])).length === 1,
      { description: `points to open an account for ${worker.actor.id}`, timeoutMs: 20_000 },
    );
  });

  it('closes the account, after which its access token no longer works', async () => {
    const first = await signUpWorker(gatewayUrl);

    await request(gatewayUrl).delete('/api/v1/me').auth(first.accessToken, { type: 'bearer' }).expect(204);

    await request(gatewayUrl).get('/api/v1/me').auth(first.accessToken, { type: 'bearer' }).expect(401);
  });
});
