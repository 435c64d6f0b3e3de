import { WaystationSystem } from '@waystation/system';
import { startTestSystem, waitFor } from '@waystation/testing';
import { seedDemo } from '@waystation/seed';
import { startBanner } from './start-banner';

describe(startBanner.name, () => {
  let system: WaystationSystem;

  beforeAll(async () => {
    system = await startTestSystem();
    await seedDemo(system.url('gateway'));
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('lists every URL it prints, so none can escape the check below', () => {
    const sut = startBanner({
      gatewayUrl: system.url('gateway'),
      managementUrl: system.managementUrl('gateway'),
      logDir: '/logs',
      smsOutbox: '/sms-outbox.jsonl',
    });

    const printed = [...sut.text.matchAll(/https?:\/\/[^\s')]+/g)].map(([url]) => url);

    expect(printed.sort()).toEqual(sut.urls.map(({ url }) => url).sort());
  });

  it('prints only URLs that answer 200 on the running system, with the headers it prints beside them', async () => {
    const sut = startBanner({
      gatewayUrl: system.url('gateway'),
      managementUrl: system.managementUrl('gateway'),
      logDir: '/logs',
      smsOutbox: '/sms-outbox.jsonl',
    });

    // The demo worker's points arrive once points has consumed the seeded confirmation.
    const statuses = await waitFor(
      async () => {
        const answers = await Promise.all(sut.urls.map(async ({ url, headers }) => `${(await fetch(url, { headers })).status} ${url}`));
        return answers.every((answer) => answer.startsWith('200 ')) ? answers : undefined;
      },
      { description: 'every URL of the start banner to answer 200', timeoutMs: 30_000, intervalMs: 500 },
    );

    console.log(`the start banner's ${statuses.length} URLs answer:\n${statuses.join('\n')}`);
    expect(statuses).toHaveLength(sut.urls.length);
  });
});
