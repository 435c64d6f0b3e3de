import { DEMO_COMMUNITY_STAFF, DEMO_DEPARTMENT_USER, DEMO_STATION_MANAGER } from '@waystation/seed';
import { cameraJpeg, gatewayAs, tinyTestPhoto, waitFor } from '@waystation/testing';
import type { Page } from 'playwright-core';
import {
  type BrowserRun,
  createDemoStaff,
  markDocument,
  screen,
  seededStation,
  showing,
  signInAtDesk,
  signUpInBrowser,
  startBrowserRun,
  stationIdOf,
  stillTheSameDocument,
  stopBrowserRun,
  workerInBrowser,
  reviewQueueItem,
} from './browser-harness.spec-helper';

/** The seeded Canglong Island station, open around the clock, one of the two the demo station manager runs. */
const CANGLONG = seededStation('Canglong');
/** The phone first stands at the station's door. */
const AT_THE_STATION = { latitude: CANGLONG.location.lat, longitude: CANGLONG.location.lng };
/** Where the worker then finds the bins: by Jiangxia Avenue, in the community the demo community staff serve. */
const BY_THE_BINS = { latitude: 30.352, longitude: 114.29 };
const DESCRIPTION = '旅程测试：江夏大道公交站旁垃圾桶满溢';
const REWARD = { 'zh-CN': '旅程测试礼包', en: 'Journey test kit' };
/** What a check-in and a confirmed environment report earn by the seeded earning rules; the reward costs the latter. */
const POINTS_PER_CHECK_IN = 1;
const POINTS_PER_REPORT = 5;

/**
 * Issue 14's journey across roles, every step done in a browser by the person who does it: the worker on a phone
 * that stays open throughout, community staff, the station manager and the sanitation department at their desks.
 */
describe('one journey across roles in real browsers, on the whole system', () => {
  let run: BrowserRun;
  let gatewayUrl: string;
  /** The worker's phone. */
  let phone: Page;
  /** The station manager's desk, open from the check-in to the redemption. */
  let stationDesk: Page;
  let unreadBeforeConfirmation: string;

  beforeAll(async () => {
    run = await startBrowserRun(AT_THE_STATION);
    phone = run.page;
    gatewayUrl = run.system.url('gateway');
    // What no one in the journey does: the seed's staff accounts, and a reward stocked at the station.
    await createDemoStaff(run);
    const reward = await gatewayAs(gatewayUrl, run.admin)
      .post('/api/v1/rewards')
      .send({ kind: 'gift', name: REWARD, cost: POINTS_PER_REPORT })
      .expect(201);
    await gatewayAs(gatewayUrl, run.admin)
      .put(`/api/v1/rewards/${reward.body.id}/stocks/${stationIdOf(run, CANGLONG)}`)
      .send({ remaining: 2 })
      .expect(200);
  }, 300_000);

  afterAll(async () => {
    await stopBrowserRun(run);
  });

  afterEach(() => {
    expect(run.policyViolations).toEqual([]);
    expect(run.pageErrors).toEqual([]);
  });

  const phoneScreen = (name: string) => screen(phone, `journey-${name}`);

  /**
   * The worker rides to `position`. That takes a phone minutes, by when the app's last position fix (which it may
   * reuse for a minute) is stale; here it takes a moment, so the phone takes the fresh fix those minutes would have.
   */
  async function rideTo(position: { latitude: number; longitude: number }): Promise<void> {
    await run.context.setGeolocation(position);
    await phone.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const { navigator } = globalThis as unknown as {
            navigator: { geolocation: { getCurrentPosition(ok: () => void, fail: () => void, options: object): void } };
          };
          navigator.geolocation.getCurrentPosition(() => resolve(undefined), reject, { maximumAge: 0 });
        }),
    );
  }
  const menu = () => phone.getByRole('navigation', { name: '菜单' });

  it('signs the worker up on their phone', async () => {
    await signUpInBrowser(phone, gatewayUrl, phoneScreen);
    await phone.getByRole('list', { name: '驿站列表，由近到远' }).getByRole('link', { name: CANGLONG.names['zh-CN'] }).first().waitFor();
    await phoneScreen('home');
    // Marks the phone's document: from here on, a reload or a page load would lose the mark.
    await markDocument(phone);
  });

  it("checks the worker in at an open station they found, with the code on the station's screen", async () => {
    stationDesk = await signInAtDesk(run, DEMO_STATION_MANAGER, (page) => screen(page, 'journey-console-sign-in'));
    await stationDesk.getByRole('heading', { level: 1, name: '驿站管理' }).waitFor();
    await stationDesk.getByLabel('驿站', { exact: true }).selectOption({ label: CANGLONG.names['zh-CN'] });
    await stationDesk.locator('.station-name', { hasText: CANGLONG.names['zh-CN'] }).waitFor();
    const shown = stationDesk.getByTestId('rotating-code');
    await shown.waitFor();
    await screen(stationDesk, 'journey-console-station-manager');

    await phone.getByRole('list', { name: '驿站列表，由近到远' }).getByRole('link', { name: CANGLONG.names['zh-CN'] }).first().click();
    await phone.getByRole('heading', { level: 1, name: CANGLONG.names['zh-CN'] }).waitFor();
    await phone.getByLabel('签到码', { exact: true }).fill((await shown.textContent()) ?? '');
    await phone.getByRole('button', { name: '签到', exact: true }).click();

    await phone.getByText(/您已于 .+ 在此签到/).waitFor();
    await phoneScreen('station-checked-in');
  });

  it('makes a report with a photo while offline: it waits on the phone for the network', async () => {
    await rideTo(BY_THE_BINS);
    await menu().getByRole('link', { name: '上报', exact: true }).click();
    await phone.getByRole('heading', { level: 1, name: '上报问题' }).waitFor();
    await phone.getByTestId('report-pin').waitFor();
    expect(await phone.getByTestId('pin-position').textContent()).toContain(BY_THE_BINS.latitude.toFixed(5));
    await phone.getByLabel('从相册选择').setInputFiles({
      name: 'bins.jpg',
      mimeType: 'image/jpeg',
      buffer: await cameraJpeg({ width: 2400, height: 1800 }),
    });
    await phone.getByRole('img', { name: '问题照片 1' }).waitFor();
    await phone.getByLabel('问题类别').selectOption('overflowing-bins');
    await phone.getByLabel('描述（选填）').fill(DESCRIPTION);
    await phoneScreen('report-filled');

    await run.context.setOffline(true);
    await phone.getByRole('button', { name: '提交上报' }).click();

    await phone.getByRole('heading', { level: 1, name: '我的上报' }).waitFor();
    await phone
      .getByRole('list', { name: '在本机，尚未发送' })
      .getByRole('listitem')
      .filter({ hasText: DESCRIPTION })
      .getByText('等待网络')
      .waitFor();
    await phoneScreen('my-reports-queued');
  });

  it("sends it once the phone is back online, and home shows the report's points as pending", async () => {
    await run.context.setOffline(false);

    await phone.getByRole('list', { name: '已发送' }).getByRole('link', { name: '垃圾桶满溢' }).waitFor();
    await phone.getByRole('heading', { name: '在本机，尚未发送' }).waitFor({ state: 'detached' });
    await phoneScreen('my-reports-sent');
    // No notification, hence no live event, says when the points service has reserved the report's points: the
    // worker looks at home once it has, as they would a moment later (a screen opened before would show none).
    const worker = await workerInBrowser(phone);
    await waitFor(
      async () => (await gatewayAs(gatewayUrl, worker).get('/api/v1/me/points').expect(200)).body.pending === POINTS_PER_REPORT,
      {
        description: "the report's points reserved as pending",
        timeoutMs: 30_000,
      },
    );

    await phone.getByRole('link', { name: '驿站', exact: true }).click();
    await showing(phone.getByTestId('pending'), POINTS_PER_REPORT);
    await showing(phone.getByTestId('balance'), POINTS_PER_CHECK_IN);
    unreadBeforeConfirmation = (await phone.getByTestId('unread').textContent()) ?? '';
    await phoneScreen('home-pending');
  });

  it('lets community staff find the report in their review queue, with its photo, and confirm it', async () => {
    const desk = await signInAtDesk(run, DEMO_COMMUNITY_STAFF);
    await desk.getByRole('heading', { level: 1, name: '随手拍审核' }).waitFor();
    await (await reviewQueueItem(desk, DESCRIPTION)).click();
    await desk.getByRole('article', { name: '本条随手拍' }).getByRole('img', { name: '照片 1' }).waitFor();
    await screen(desk, 'journey-console-review');
    await desk.getByLabel('严重程度').selectOption('high');
    await desk.getByRole('button', { name: '确认并派发' }).click();

    await desk.locator('.queue-item', { hasText: DESCRIPTION }).waitFor({ state: 'detached' });
    await desk.context().close();
  });

  it("updates the worker's open home screen with the earned points and a new message, without a reload", async () => {
    await showing(phone.getByTestId('balance'), POINTS_PER_CHECK_IN + POINTS_PER_REPORT);
    await showing(phone.getByTestId('pending'), 0);
    await phone
      .getByTestId('unread')
      .filter({ hasNotText: new RegExp(`^${unreadBeforeConfirmation}$`) })
      .waitFor({ timeout: 30_000 });
    expect(await stillTheSameDocument(phone)).toBe(true);
    await phoneScreen('home-live');

    await menu().getByRole('link', { name: '消息', exact: true }).click();
    await phone
      .getByRole('list', { name: '消息，最新的在前' })
      .getByRole('heading', { name: new RegExp(`积分到账 \\+${POINTS_PER_REPORT}`) })
      .waitFor();
    await phoneScreen('notifications');
  });

  it("redeems a reward at the station, and the station manager verifies the worker's code and hands it over", async () => {
    await menu().getByRole('link', { name: '兑换', exact: true }).click();
    const reward = phone.getByRole('article', { name: REWARD['zh-CN'] });
    await reward.waitFor();
    await phoneScreen('rewards');
    await reward.getByRole('button', { name: `用 ${POINTS_PER_REPORT} 积分兑换` }).click();
    await phone.getByRole('heading', { level: 1, name: '我的兑换' }).waitFor();
    const code = (await phone.getByTestId('redemption-code').first().textContent()) ?? '';
    await phoneScreen('redemption');

    await stationDesk.getByLabel('兑换码').fill(code);
    await stationDesk.getByRole('button', { name: '核验' }).click();
    await stationDesk
      .getByRole('status')
      .filter({ hasText: `${REWARD['zh-CN']}（${POINTS_PER_REPORT} 积分）：待领取` })
      .waitFor();
    await screen(stationDesk, 'journey-console-redemption');
    await stationDesk.getByRole('button', { name: '已发放，完成核销' }).click();
    await stationDesk
      .getByRole('status')
      .filter({ hasText: `${REWARD['zh-CN']}（${POINTS_PER_REPORT} 积分）：已领取` })
      .waitFor();
    await stationDesk.context().close();

    await phone.getByRole('link', { name: '驿站', exact: true }).click();
    await showing(phone.getByTestId('balance'), POINTS_PER_CHECK_IN);
  });

  it('lets the sanitation department acknowledge the report and resolve it with a photo', async () => {
    const desk = await signInAtDesk(run, DEMO_DEPARTMENT_USER);
    const card = desk.getByRole('article').filter({ hasText: DESCRIPTION });
    await desk.getByRole('heading', { level: 1, name: '部门工单' }).waitFor();
    await card.getByText('待受理').waitFor();
    await screen(desk, 'journey-console-department');
    await card.getByRole('button', { name: '受理', exact: true }).click();
    await card.getByText('已受理').waitFor();
    await card.getByLabel('处理情况').fill('已清运完毕，现场已清扫');
    await card.getByLabel('现场照片').setInputFiles({ name: 'after.jpg', mimeType: 'image/jpeg', buffer: await tinyTestPhoto() });
    await card.getByRole('button', { name: '办结', exact: true }).click();

    await card.waitFor({ state: 'detached' });
    await desk.context().close();
  });

  it('asks the worker whether it was fixed, and closes the report on "fixed"', async () => {
    await menu().getByRole('link', { name: '我的上报', exact: true }).click();
    await phone.getByRole('list', { name: '已发送' }).getByRole('link', { name: '垃圾桶满溢' }).click();
    await phone.getByRole('heading', { name: '问题解决了吗？' }).waitFor();
    expect(await phone.getByRole('list', { name: '环卫' }).textContent()).toContain('已清运完毕，现场已清扫');
    await phoneScreen('my-report-resolved');
    await phone.getByRole('button', { name: '已解决' }).click();

    await phone.getByTestId('report-status').filter({ hasText: '已办结' }).waitFor();
    await phone.getByRole('heading', { name: '问题解决了吗？' }).waitFor({ state: 'detached' });
    await phoneScreen('my-report-closed');
    expect(await stillTheSameDocument(phone)).toBe(true);
  });
});
