import { DEMO_STAFF_ACCOUNTS, DEMO_STATIONS, type DemoStaffAccount } from '@waystation/seed';
import { buildWebApp, WaystationSystem } from '@waystation/system';
import { gatewayAs, newPhoneNumber, signInAdmin, smsCodeFor, startTestSystem, type TestAccount } from '@waystation/testing';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium, which tools/install/ensure-chromium.js installs when it is missing; never a downloaded browser. */
const CHROMIUM = '/usr/bin/chromium';
const REPO_ROOT = join(__dirname, '..', '..', '..');
/** Screenshots of every screen, kept as the run's artefacts (gitignored). */
const ARTEFACTS = join(REPO_ROOT, 'artefacts', 'web');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type DemoStation = (typeof DEMO_STATIONS)[number];

/** The whole system with the demo stations, and a phone's browser standing where the spec says. */
export interface BrowserRun {
  system: WaystationSystem;
  admin: TestAccount;
  /** The ids the gateway gave the demo stations, in DEMO_STATIONS order. */
  stationIds: string[];
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console messages that report a Content Security Policy violation. */
  policyViolations: string[];
  /** Errors the app's code threw and nothing caught. */
  pageErrors: string[];
}

/**
 * Builds the app, starts the system as `npm start` does, creates the demo stations through the API and opens a
 * phone-sized (iPhone 12) page that speaks Chinese and is allowed to know it stands at `position`.
 */
export async function startBrowserRun(position: { latitude: number; longitude: number }): Promise<BrowserRun> {
  execFileSync('node', [join(REPO_ROOT, 'tools', 'install', 'ensure-chromium.js')], { stdio: 'inherit' });
  mkdirSync(ARTEFACTS, { recursive: true });
  await buildWebApp();
  const system = await startTestSystem();
  const admin = await signInAdmin(system.url('gateway'));
  const stationIds: string[] = [];
  for (const [index, station] of DEMO_STATIONS.entries()) {
    const created = await gatewayAs(system.url('gateway'), admin)
      .post('/api/v1/stations')
      .set('Idempotency-Key', `browser-demo-station-${index}`)
      .send(station);
    stationIds.push(created.body.id as string);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    geolocation: position,
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  const run = { system, admin, stationIds, browser, context, page, policyViolations: [], pageErrors: [] };
  watch(run, page);
  return run;
}

/** A new desktop browser (its own cookies and storage) at a staff member's desk, watched like the phone. */
export async function openDesktopPage(run: BrowserRun): Promise<Page> {
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  watch(run, page);
  return page;
}

/**
 * The seed's staff accounts (community staff, the station manager, the sanitation department), as `npm start`
 * creates them: once per run, since the browser specs of a run share the gateway's database (as the demo stations,
 * created under the same Idempotency-Keys, keep the same ids).
 */
export async function createDemoStaff(run: BrowserRun): Promise<void> {
  for (const { username, password, displayName, role, scopes } of DEMO_STAFF_ACCOUNTS) {
    const created = await gatewayAs(run.system.url('gateway'), run.admin)
      .post('/api/v1/staff')
      .send({ username, password, displayName, role, scopes: scopes(run.stationIds) });
    if (created.status !== 201 && created.body.code !== 'username-taken')
      throw new Error(`creating ${username} answered ${created.status} ${JSON.stringify(created.body)}`);
  }
}

/**
 * A fresh desktop browser where a staff member signs in at /console/sign-in with their username and password, as
 * they would; `onSignInScreen` sees the sign-in screen before they type.
 */
export async function signInAtDesk(
  run: BrowserRun,
  account: Pick<DemoStaffAccount, 'username' | 'password'>,
  onSignInScreen?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await openDesktopPage(run);
  await page.goto(`${run.system.url('gateway')}/console`);
  await page.getByRole('heading', { name: '工作人员登录' }).waitFor();
  await onSignInScreen?.(page);
  await page.getByLabel('账号').fill(account.username);
  await page.getByLabel('密码').fill(account.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  return page;
}

/** Collects the page's policy violations and uncaught errors into the run's lists. */
function watch(run: BrowserRun, page: Page): void {
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) run.policyViolations.push(message.text());
  });
  page.on('pageerror', (error) => run.pageErrors.push(error.message));
}

/**
 * Keeps the last screen of every page still open (`<spec>-last-<n>.png`), so a step that failed in CI shows what it
 * met, and its uncaught page errors in the log; then closes the browser and stops the system.
 */
export async function stopBrowserRun(run: BrowserRun | undefined): Promise<void> {
  if (!run) return;
  const spec = basename(expect.getState().testPath ?? 'browser', '.e2e.spec.ts');
  const pages = run.browser.contexts().flatMap((context) => context.pages());
  for (const [index, page] of pages.entries()) {
    await page.screenshot({ path: join(ARTEFACTS, `${spec}-last-${index + 1}.png`), fullPage: true }).catch(() => undefined);
  }
  if (run.pageErrors.length > 0) console.log(`uncaught errors in the pages of ${spec}:\n${run.pageErrors.join('\n')}`);
  await run.browser.close();
  await run.system.stop();
}

/** The screen as it is now: its screenshot kept as an artefact, and no serious or critical axe-core finding. */
export async function screen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTEFACTS, `${name}.png`), fullPage: true });
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

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

export function seededStation(englishName: string): DemoStation {
  const station = DEMO_STATIONS.find(({ names }) => names.en?.startsWith(englishName));
  if (!station) throw new Error(`tools/seed has no station named ${englishName}`);
  return station;
}

/** The id the gateway gave a demo station in this run. */
export const stationIdOf = (run: BrowserRun, station: DemoStation): string => run.stationIds[DEMO_STATIONS.indexOf(station)];

/** Signs a new worker up on the sign-in screen, as a person would, and waits for the home screen. */
export async function signUpInBrowser(page: Page, gatewayUrl: string, onScreen?: (name: string) => Promise<void>): Promise<void> {
  const phone = newPhoneNumber();
  await page.goto(`${gatewayUrl}/`);
  await page.getByRole('heading', { name: '登录' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  await onScreen?.('sign-in');
  await page.getByLabel('手机号').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await page.getByLabel('验证码（6 位数字）').fill(await waitForCode(phone));
  await page.getByRole('button', { name: '登录', exact: true }).click();
  // A number without an account: the app asks who the worker is, keeping the code for the retry.
  await page.getByRole('group', { name: '第一次使用？请介绍一下自己' }).waitFor();
  await onScreen?.('sign-up');
  await page.getByLabel('称呼').fill('浏览器骑手');
  await page.getByLabel('职业').selectOption('food-delivery');
  await page.getByLabel(/我已阅读并同意隐私政策/).check();
  await page.getByRole('button', { name: '注册并登录' }).click();
  await page.getByRole('heading', { name: '附近的驿站' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/');
}

/** Waits until the figure shows `points`: a screen shows what it had while it asks again, and live updates come later. */
export const showing = (figure: Locator, points: number) =>
  figure.filter({ hasText: new RegExp(`^${points}$`) }).waitFor({ timeout: 30_000 });

/** Marks the page's document, so `stillTheSameDocument` tells that nothing reloaded or navigated it away since. */
export const markDocument = (page: Page) => page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));

export const stillTheSameDocument = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded === true);

/** The signed-in worker's own token, as the app keeps it on the device, to act as them through the API. */
export async function workerInBrowser(page: Page): Promise<{ id: string; accessToken: string }> {
  return page.evaluate(() => {
    const storage = (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage;
    const session = JSON.parse(storage.getItem('waystation.session') ?? 'null') as {
      accessToken: string;
      account: { id: string };
    } | null;
    if (!session) throw new Error('no worker is signed in');
    return { id: session.account.id, accessToken: session.accessToken };
  });
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

/**
 * A report's entry in the review queue, paging on past the older reports the run's other specs left in the demo
 * community's queue (oldest first) until it shows.
 */
export async function reviewQueueItem(page: Page, text: string): Promise<Locator> {
  const item = page.locator('.queue-item', { hasText: text });
  const more = page.getByRole('button', { name: '更多待审核' });
  for (;;) {
    await item.or(more).first().waitFor();
    if ((await item.count()) > 0) return item;
    await more.click();
  }
}
