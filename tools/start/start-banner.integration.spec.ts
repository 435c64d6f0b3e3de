import { WaystationSystem } from '@waystation/system';
import { gatewayAs, signInAdmin, smsCodeFor, startTestSystem, TEST_SMS_OUTBOX, waitFor } from '@waystation/testing';
import { DEMO_SESSIONS, DEMO_STATIONS, seedDemo } from '@waystation/seed';
import { buildWebApp } from '@waystation/system';
import { BannerUrl, SMS_CODE_PLACEHOLDER, startBanner, TokenVariable } from './start-banner';

describe(startBanner.name, () => {
  let system: WaystationSystem;

  beforeAll(async () => {
    // The gateway serves the worker app the banner names, as under npm start.
    await buildWebApp();
    system = await startTestSystem();
    await seedDemo(system.url('gateway'), { smsOutbox: TEST_SMS_OUTBOX });
  }, 240_000);

  afterAll(async () => {
    await system?.stop();
  });

  const banner = () =>
    startBanner({
      gatewayUrl: system.url('gateway'),
      managementUrl: system.managementUrl('gateway'),
      logDir: '/logs',
      smsOutbox: TEST_SMS_OUTBOX,
    });

  it('lists every URL it prints, so none can escape the check below', () => {
    const sut = banner();

    const printed = [...sut.text.matchAll(/https?:\/\/[^\s')]+/g)].map(([url]) => url);

    expect(printed.sort()).toEqual(sut.urls.map(({ url }) => url).sort());
  });

  it('prints only requests that succeed on the seeded system, made in order as its curl lines say', async () => {
    const sut = banner();
    const tokens = new Map<TokenVariable, string>();

    const statuses: string[] = [];
    for (const printed of sut.urls) {
      const answer = await make(printed, tokens);
      if (printed.storesToken) tokens.set(printed.storesToken, ((await answer.json()) as { accessToken: string }).accessToken);
      statuses.push(`${answer.status} ${printed.method ?? 'GET'} ${printed.url}`);
    }

    console.log(`the start banner's ${statuses.length} requests answer:\n${statuses.join('\n')}`);
    expect(statuses.filter((status) => !/^20[02] /.test(status))).toEqual([]);
  });

  it('seeds again on the same data when a namesake of a demo station with sessions is suspended', async () => {
    // As when a run's tests register the demo stations too, or a city office registers a second station by that name.
    const admin = gatewayAs(system.url('gateway'), await signInAdmin(system.url('gateway')));
    const namesake = await admin.post('/api/v1/stations').send(DEMO_STATIONS[DEMO_SESSIONS[0].station]).expect(201);
    await admin.post(`/api/v1/stations/${namesake.body.id}/status-changes`).send({ to: 'suspended', reason: '停电检修' }).expect(200);

    await expect(seedDemo(system.url('gateway'), { smsOutbox: TEST_SMS_OUTBOX })).resolves.toBeUndefined();
  });
});

/**
 * Makes one printed request as the reader would: the code they read in the SMS file in place of the
 * placeholder, the token an earlier line stored. A GET is retried a while: the demo worker's points arrive
 * once points has consumed the seeded confirmation. A POST is made once (each code request sends an SMS).
 */
async function make({ url, method = 'GET', body, bearer }: BannerUrl, tokens: Map<TokenVariable, string>): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer) headers.authorization = `Bearer ${tokens.get(bearer)}`;
  const filled = body?.code === SMS_CODE_PLACEHOLDER ? { ...body, code: await smsCodeFor(body.phone) } : body;
  const send = () => fetch(url, { method, headers, body: filled && JSON.stringify(filled) });
  if (method === 'POST') return send();
  return waitFor(
    async () => {
      const answer = await send();
      return answer.ok ? answer : undefined;
    },
    { description: `${url} to answer 2xx`, timeoutMs: 30_000, intervalMs: 500 },
  ).catch(() => send());
}
