import { DEMO_STATIONS } from '@waystation/seed';
import { buildWebApp, WaystationSystem } from '@waystation/system';
import { gatewayAs, newPhoneNumber, signInAdmin, smsCodeFor, startTestSystem } from '@waystation/testing';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, which tools/install/ensure-chromium.js installs when it is missing; never a downloaded browser. */
const CHROMIUM = '/usr/bin/chromium';
const REPO_ROOT = join(__dirname, '..', '..', '..');
/** Screenshots of every screen, kept as the run's artefacts (gitignored). */
const ARTEFACTS = join(REPO_ROOT, 'artefacts', 'web');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A phone (iPhone 12-sized), standing a few hundred metres from the seeded Canglong Island station, open around the clock. */
const CANGLONG = seededStation('Canglong');
const WORKER_POSITION = { latitude: CANGLONG.location.lat - 0.002, longitude: CANGLONG.location.lng - 0.002 };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical findings on the page as it is now (injected by the debugger, which CSP allows). */
async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } };
    return (await axe.run()).violations;
  });
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map(({ target }) => target.join(' ')).join(', ')})`);
}

describe('the worker app in a real browser, on the whole system', () => {
  let system: WaystationSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    execFileSync('node', [join(REPO_ROOT, 'tools', 'install', 'ensure-chromium.js')], { stdio: 'inherit' });
    mkdirSync(ARTEFACTS, { recursive: true });
    await buildWebApp();
    system = await startTestSystem();
    const admin = await signInAdmin(system.url('gateway'));
    for (const [index, station] of DEMO_STATIONS.entries()) {
      await gatewayAs(system.url('gateway'), admin)
        .post('/api/v1/stations')
        .set('Idempotency-Key', `browser-demo-station-${index}`)
        .send(station);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      geolocation: WORKER_POSITION,
      permissions: ['geolocation'],
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const screen = async (name: string) => {
    await page.screenshot({ path: join(ARTEFACTS, `${name}.png`), fullPage: true });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  };

  it('signs a new worker up with their phone and the code sent to it', async () => {
    const phone = newPhoneNumber();

    await page.goto(`${system.url('gateway')}/`);
    await page.getByRole('heading', { name: '登录' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await screen('sign-in');
    await page.getByLabel('手机号').fill(phone);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByLabel('验证码（6 位数字）').fill(await waitForCode(phone));
    await page.getByRole('button', { name: '登录', exact: true }).click();
    // A number without an account: the app asks who the worker is, keeping the code for the retry.
    await page.getByRole('group', { name: '第一次使用？请介绍一下自己' }).waitFor();
    await screen('sign-up');
    await page.getByLabel('称呼').fill('浏览器骑手');
    await page.getByLabel('职业').selectOption('food-delivery');
    await page.getByLabel(/我已阅读并同意隐私政策/).check();
    await page.getByRole('button', { name: '注册并登录' }).click();

    await page.getByRole('heading', { name: '附近的驿站' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
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
    await page.goto(`${system.url('gateway')}/`);
    await page.getByRole('heading', { name: '附近的驿站' }).waitFor();

    await context.setOffline(true);
    try {
      const offline = await page.goto(`${system.url('gateway')}/`);
      expect(offline?.fromServiceWorker()).toBe(true);
      await page.getByRole('heading', { name: '附近的驿站' }).waitFor();
      await screen('home-offline');
    } finally {
      await context.setOffline(false);
    }
  });

  it("opens a station's page: hours, amenities, services and a directions link for the phone's map app", async () => {
    await page.getByRole('link', { name: CANGLONG.names['zh-CN'] }).first().click();

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
    expect(policyViolations).toEqual([]);
  });
});

function seededStation(englishName: string): (typeof DEMO_STATIONS)[number] {
  const station = DEMO_STATIONS.find(({ names }) => names.en?.startsWith(englishName));
  if (!station) throw new Error(`tools/seed has no station named ${englishName}`);
  return station;
}

/** The code the development SMS provider wrote for the number, once the app's request has reached the gateway. */
async function waitForCode(phone: string): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const code = await smsCodeFor(phone).catch(() => undefined);
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no SMS code for ${phone}`);
}
