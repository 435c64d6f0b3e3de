import {
  type BrowserRun,
  screen as screenOf,
  seededStation,
  signUpInBrowser,
  stationIdOf,
  startBrowserRun,
  stopBrowserRun,
} from './browser-harness.spec-helper';

/** A phone (iPhone 12-sized), standing a few hundred metres from the seeded Canglong Island station, open around the clock. */
const CANGLONG = seededStation('Canglong');
const WORKER_POSITION = { latitude: CANGLONG.location.lat - 0.002, longitude: CANGLONG.location.lng - 0.002 };

describe('the worker app in a real browser, on the whole system', () => {
  let run: BrowserRun;
  let page: BrowserRun['page'];

  beforeAll(async () => {
    run = await startBrowserRun(WORKER_POSITION);
    page = run.page;
  }, 300_000);

  afterAll(async () => {
    await stopBrowserRun(run);
  });

  const screen = (name: string) => screenOf(page, name);
  /** Canglong Island's link in the list of stations near the worker. */
  const nearbyLink = () =>
    page.getByRole('list', { name: '驿站列表，由近到远' }).getByRole('link', { name: CANGLONG.names['zh-CN'] }).first();

  it('signs a new worker up with their phone and the code sent to it', async () => {
    await signUpInBrowser(page, run.system.url('gateway'), screen);
  });

  it('shows the open stations near the worker as a list and as markers, with their points and reports', async () => {
    const list = page.getByRole('list', { name: '驿站列表，由近到远' });
    await list.getByRole('link', { name: CANGLONG.names['zh-CN'] }).first().waitFor();

    const listed = await list.getByRole('link').allTextContents();
    // The map is a chunk of its own, loaded after the list: wait for a marker per listed station.
    await page
      .locator('.station-marker')
      .nth(listed.length - 1)
      .waitFor();
    const markers = await page
      .locator('.station-marker')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('title')));
    expect(listed[0]).toBe(CANGLONG.names['zh-CN']);
    expect(markers.sort()).toEqual([...listed].sort());
    expect(await page.getByTestId('balance').textContent()).toBe('0');
    expect(await page.getByTestId('pending').textContent()).toBe('0');
    expect(await page.getByTestId('unread').textContent()).toBe('0');
    expect(await page.getByTestId('open-reports').textContent()).toBe('0');
    await screen('home');
  });

  it('narrows the stations by amenity: one the station lacks leaves it out', async () => {
    // Canglong Island has no toilet (tools/seed/demo-data.ts).
    expect(CANGLONG.amenities).not.toContain('toilet');
    const canglong = page.getByRole('list', { name: '驿站列表，由近到远' }).getByRole('link', { name: CANGLONG.names['zh-CN'] });

    await page.getByText('设施', { exact: true }).click();
    await page.getByLabel('卫生间').check();
    await canglong.first().waitFor({ state: 'detached' });
    await page.getByLabel('卫生间').uncheck();
    await canglong.first().waitFor();
  });

  it('installs as an app, and once visited opens again without signal', async () => {
    const manifest = (await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json())) as { icons: { src: string }[] };
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone', lang: 'zh-CN' });
    for (const { src } of manifest.icons) {
      expect(await page.evaluate(async (url) => (await fetch(url)).headers.get('content-type'), src)).toBe('image/png');
    }
    await page.evaluate(async () => {
      const { navigator } = globalThis as unknown as { navigator: { serviceWorker: { ready: Promise<unknown> } } };
      await navigator.serviceWorker.ready;
    });
    // The first load installed the service worker; this one is the page it keeps.
    await page.goto(`${run.system.url('gateway')}/`);
    await page.getByRole('heading', { name: '附近的驿站' }).waitFor();

    await run.context.setOffline(true);
    try {
      const offline = await page.goto(`${run.system.url('gateway')}/`);
      expect(offline?.fromServiceWorker()).toBe(true);
      await page.getByRole('heading', { name: '附近的驿站' }).waitFor();
      await screen('home-offline');
    } finally {
      await run.context.setOffline(false);
    }
    // Back online, the page it kept fetches the stations it could not.
    await nearbyLink().waitFor();
  });

  it("opens a station's page: hours, amenities, services and a directions link for the phone's map app", async () => {
    await nearbyLink().click();

    await page.waitForURL(`**/stations/${stationIdOf(run, CANGLONG)}`);
    await page.getByRole('heading', { level: 1, name: CANGLONG.names['zh-CN'] }).waitFor();
    expect(await page.getByRole('row', { name: /每天/ }).textContent()).toContain('00:00–24:00');
    expect(await page.getByRole('region', { name: '设施' }).getByRole('listitem').count()).toBe(CANGLONG.amenities?.length);
    expect(await page.getByRole('region', { name: '服务' }).getByRole('listitem').count()).toBe(CANGLONG.services?.length);
    expect(await page.getByRole('link', { name: '导航到这里' }).getAttribute('href')).toMatch(
      new RegExp(`^geo:${CANGLONG.location.lat},${CANGLONG.location.lng}\\?`),
    );
    await screen('station');
  });

  it('speaks English when the worker chooses it, and ran without breaking its content security policy', async () => {
    await page.getByRole('link', { name: '返回附近的驿站' }).click();
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');

    await page.getByRole('heading', { name: 'Stations near you' }).waitFor();
    await screen('home-en');
    expect(run.policyViolations).toEqual([]);
  });
});
