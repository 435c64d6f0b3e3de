import { DEVELOPMENT_ADMIN } from '@waystation/contracts';
import { DEMO_COMMUNITY_STAFF, DEMO_DEPARTMENT_USER, DEMO_STATION_MANAGER, type DemoStaffAccount } from '@waystation/seed';
import {
  gatewayAs,
  placeReport,
  signInWithPassword,
  signUpWorker,
  type TestAccount,
  tinyTestPhoto,
  uploadTestPhoto,
  waitFor,
} from '@waystation/testing';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { type BrowserRun, createDemoStaff, screen, signInAtDesk, startBrowserRun, stopBrowserRun } from './browser-harness.spec-helper';

/** A report inside the Jiangxia demo map, in the community the demo community staff serve; sanitation's by the default rule. */
const BINS_REPORT = {
  category: 'overflowing-bins',
  description: '控制台测试：江夏大道公交站旁垃圾桶满溢',
  location: { lat: 30.352, lng: 114.29, accuracyMeters: 10 },
  address: '武汉市江夏区江夏大道',
};

/** Filed under the wrong category: the materials piled on the pavement are city management's, not sanitation's. */
const MISFILED_REPORT = { ...BINS_REPORT, description: '控制台测试：人行道上堆放建筑材料' };

describe('the desk consoles in a real browser, on the whole system', () => {
  let run: BrowserRun;
  let gatewayUrl: string;
  let admin: TestAccount;
  let worker: TestAccount;
  let stationIds: string[];
  let reportId: string;
  let misfiledId: string;

  beforeAll(async () => {
    run = await startBrowserRun({ latitude: BINS_REPORT.location.lat, longitude: BINS_REPORT.location.lng });
    ({ admin, stationIds } = run);
    gatewayUrl = run.system.url('gateway');
    await createDemoStaff(run);
    worker = await signUpWorker(gatewayUrl);
    const photoIds = [await uploadTestPhoto(gatewayUrl, worker)];
    reportId = (
      await gatewayAs(gatewayUrl, worker)
        .post('/api/v1/reports')
        .send({ ...BINS_REPORT, photoIds })
        .expect(201)
    ).body.id;
    await placeReport(reportId);
    misfiledId = (
      await gatewayAs(gatewayUrl, worker)
        .post('/api/v1/reports')
        .send({ ...MISFILED_REPORT, photoIds: [await uploadTestPhoto(gatewayUrl, worker)] })
        .expect(201)
    ).body.id;
    await placeReport(misfiledId);
    const staff = await signInWithPassword(gatewayUrl, DEMO_COMMUNITY_STAFF.username, DEMO_COMMUNITY_STAFF.password);
    await gatewayAs(gatewayUrl, staff).post(`/api/v1/reports/${misfiledId}/confirm`).send({}).expect(200);
  }, 300_000);

  afterAll(async () => {
    await stopBrowserRun(run);
  });

  afterEach(() => {
    expect(run.policyViolations).toEqual([]);
    expect(run.pageErrors).toEqual([]);
  });

  /** A fresh desktop browser signed in at /console/sign-in with `account`'s username and password. */
  const signedInPage = (account: Pick<DemoStaffAccount, 'username' | 'password'>, name: string): Promise<Page> =>
    signInAtDesk(run, account, name === 'review' ? (page) => screen(page, 'console-sign-in') : undefined);

  it('lets community staff find the report in their review queue, see its photo and place, and confirm it', async () => {
    const page = await signedInPage(DEMO_COMMUNITY_STAFF, 'review');

    await page.getByRole('heading', { level: 1, name: '随手拍审核' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/console/review');
    // Staff get their desk's menu, never the worker app's.
    expect(await page.getByRole('navigation', { name: '菜单' }).count()).toBe(0);
    await page.goto(`${gatewayUrl}/points`);
    await page.getByRole('heading', { level: 1, name: '随手拍审核' }).waitFor();
    await page.locator('.queue-item', { hasText: BINS_REPORT.description }).click();
    const thisReport = page.getByRole('article', { name: '本条随手拍' });
    await thisReport.getByRole('img', { name: '照片 1' }).waitFor();
    expect(await thisReport.getByText(BINS_REPORT.address).count()).toBe(1);
    await page.locator(`.report-marker[data-report-id="${reportId}"]`).waitFor();
    await screen(page, 'console-review');
    await page.getByLabel('严重程度').selectOption('high');
    await page.getByRole('button', { name: '确认并派发' }).click();

    await page.locator('.queue-item', { hasText: BINS_REPORT.description }).waitFor({ state: 'detached' });
    const report = (await gatewayAs(gatewayUrl, worker).get(`/api/v1/reports/${reportId}`).expect(200)).body;
    expect(report).toMatchObject({
      status: 'dispatched',
      severity: 'high',
      departments: [expect.objectContaining({ code: 'sanitation' })],
    });
    await page.context().close();
  });

  it('lets community staff re-route a misfiled report: a new category, city management instead of sanitation, and why', async () => {
    const page = await signedInPage(DEMO_COMMUNITY_STAFF, 'reroute');
    const rerouting = page.getByRole('region', { name: '改派' });
    const card = rerouting.getByRole('article', { name: MISFILED_REPORT.description });

    await card.getByText('环卫: 已接收').waitFor();
    await card.getByRole('button', { name: '改派', exact: true }).click();
    await card.getByText('请改类别、增派部门或撤回至少一个部门。').waitFor();
    await card.getByLabel('改为类别').selectOption('piled-materials');
    await card.getByLabel('增派部门').selectOption('city-management');
    await card.getByLabel('环卫').check();
    await card.getByLabel('改派理由').fill('建筑材料占道，属城管职责');
    await screen(page, 'console-reroute');
    await card.getByRole('button', { name: '改派', exact: true }).click();

    await card.getByText('城管: 已接收').waitFor();
    const report = (await gatewayAs(gatewayUrl, worker).get(`/api/v1/reports/${misfiledId}`).expect(200)).body;
    expect(report.category.code).toBe('piled-materials');
    expect(Object.fromEntries(report.departments.map(({ code, status }: { code: string; status: string }) => [code, status]))).toEqual({
      sanitation: 'withdrawn',
      'city-management': 'dispatched',
    });
    await page.context().close();
  });

  it('lets the sanitation department acknowledge the report and resolve it with a photo', async () => {
    const page = await signedInPage(DEMO_DEPARTMENT_USER, 'department');
    const card = page.getByRole('article').filter({ hasText: BINS_REPORT.description });

    await page.getByRole('heading', { level: 1, name: '部门工单' }).waitFor();
    await card.getByText('待受理').waitFor();
    expect(await card.getByText(/受理时限: (剩余|已超时)/).count()).toBe(1);
    await screen(page, 'console-department');
    await card.getByRole('button', { name: '受理', exact: true }).click();
    await card.getByText('已受理').waitFor();
    await card.getByLabel('处理情况').fill('已清运完毕，现场已清扫');
    await card.getByLabel('现场照片').setInputFiles({ name: 'after.jpg', mimeType: 'image/jpeg', buffer: await tinyTestPhoto() });
    await card.getByRole('button', { name: '办结', exact: true }).click();

    await card.waitFor({ state: 'detached' });
    const report = (await gatewayAs(gatewayUrl, worker).get(`/api/v1/reports/${reportId}`).expect(200)).body;
    expect(report.status).toBe('resolved');
    expect(report.departments[0].history.at(-1)).toMatchObject({
      status: 'resolved',
      note: '已清运完毕，现场已清扫',
      photoIds: [expect.any(String)],
    });
    await page.context().close();
  });

  it("shows the station manager the station's rotating check-in code, and verifies and hands over a worker's redemption", async () => {
    // The confirmed report earned the worker 5 points (the seeded earning rules): a reward of 5 at the manager's station.
    await waitFor(async () => (await gatewayAs(gatewayUrl, worker).get('/api/v1/me/points').expect(200)).body.balance >= 5, {
      description: "the worker's points for the confirmed report",
      timeoutMs: 30_000,
    });
    const reward = (
      await gatewayAs(gatewayUrl, admin)
        .post('/api/v1/rewards')
        .send({ kind: 'gift', name: { 'zh-CN': '控制台测试礼包', en: 'Console test kit' }, cost: 5 })
        .expect(201)
    ).body;
    await gatewayAs(gatewayUrl, admin).put(`/api/v1/rewards/${reward.id}/stocks/${stationIds[0]}`).send({ remaining: 2 }).expect(200);
    const redemption = (
      await gatewayAs(gatewayUrl, worker)
        .post('/api/v1/redemptions')
        .set('Idempotency-Key', `console-redemption-${reportId}`)
        .send({ rewardId: reward.id, stationId: stationIds[0] })
        .expect(201)
    ).body;
    const page = await signedInPage(DEMO_STATION_MANAGER, 'stations');

    await page.getByRole('heading', { level: 1, name: '驿站管理' }).waitFor();
    const shown = page.getByTestId('rotating-code');
    await shown.waitFor();
    const manager = await signInWithPassword(gatewayUrl, DEMO_STATION_MANAGER.username, DEMO_STATION_MANAGER.password);
    // The code rotates: the one on screen is the one the API gives now, or gave just before.
    await waitFor(
      async () => {
        const codes = (await gatewayAs(gatewayUrl, manager).get(`/api/v1/stations/${stationIds[0]}/check-in-codes`).expect(200)).body;
        return (await shown.textContent()) === codes.rotating.code;
      },
      { description: 'the rotating code on screen to be the current one', timeoutMs: 20_000 },
    );
    // Workers scan it: the QR code on screen holds the code shown beside it.
    const qr = page.getByRole('img', { name: '签到二维码：请用手机扫码签到' });
    expect(await qr.getAttribute('data-payload')).toBe(await shown.textContent());
    await screen(page, 'console-station-manager');
    await page.getByLabel('兑换码').fill(redemption.code);
    await page.getByRole('button', { name: '核验' }).click();
    await page.getByRole('status').filter({ hasText: '控制台测试礼包（5 积分）：待领取' }).waitFor();
    await page.getByRole('button', { name: '已发放，完成核销' }).click();
    await page.getByRole('status').filter({ hasText: '控制台测试礼包（5 积分）：已领取' }).waitFor();

    const mine = (await gatewayAs(gatewayUrl, worker).get('/api/v1/me/redemptions').expect(200)).body.items;
    expect(mine).toContainEqual(expect.objectContaining({ id: redemption.id, status: 'fulfilled' }));
    await page.context().close();
  });

  it('lets the station manager see who signed up for a session and, once it has started, mark who came', async () => {
    const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1_000).toISOString();
    const session = (
      await gatewayAs(gatewayUrl, admin)
        .post(`/api/v1/stations/${stationIds[0]}/sessions`)
        .send({
          serviceCode: 'legal-aid',
          title: { zh: '控制台测试法律咨询', en: 'Console legal aid' },
          startsAt: inSeconds(6),
          endsAt: inSeconds(7_200),
          places: 5,
        })
        .expect(201)
    ).body;
    await gatewayAs(gatewayUrl, worker).post(`/api/v1/station-sessions/${session.id}/sign-ups`).expect(201);
    const page = await signedInPage(DEMO_STATION_MANAGER, 'sessions');
    const participant = `用户 …${worker.actor.id.slice(-6)}`;

    await page.getByText('控制台测试法律咨询：报名与到场').click();
    const signUps = page.getByRole('table', { name: '控制台测试法律咨询：报名与到场' });
    await signUps.getByRole('row', { name: new RegExp(`${participant} 已报名`) }).waitFor();
    await signUps.getByRole('button', { name: `${participant} 到场` }).click({ timeout: 30_000 });

    await signUps.getByText(/\d{2}:\d{2} 到场/).waitFor();
    await screen(page, 'console-session-attendance');
    const manager = await signInWithPassword(gatewayUrl, DEMO_STATION_MANAGER.username, DEMO_STATION_MANAGER.password);
    const listed = (await gatewayAs(gatewayUrl, manager).get(`/api/v1/station-sessions/${session.id}/sign-ups`).expect(200)).body.items;
    expect(listed).toEqual([expect.objectContaining({ workerId: worker.actor.id, status: 'confirmed', attendedAt: expect.any(String) })]);
    await page.context().close();
  });

  it("shows the city office the stations' progress per district as a chart, and downloads it as CSV", async () => {
    const year = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
    const progress = (await gatewayAs(gatewayUrl, admin).get(`/api/v1/station-progress?year=${year}`).expect(200)).body;
    const csv = (await gatewayAs(gatewayUrl, admin).get(`/api/v1/station-progress?year=${year}&format=csv`).expect(200)).text;
    const page = await signedInPage(DEVELOPMENT_ADMIN, 'city-office');

    await page.getByRole('heading', { level: 1, name: '全市概览' }).waitFor();
    const headline = await page.getByTestId('progress-headline').textContent();
    expect(headline).toContain(`已规划 ${progress.city.planned} 座，已建成 ${progress.city.built} 座`);
    expect(
      await page
        .getByRole('img', { name: `${year} 年各区驿站建设进度` })
        .getByTestId('progress-bar')
        .count(),
    ).toBe(progress.districts.length);
    await screen(page, 'console-city-office');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `下载 CSV：${year} 年驿站建设进度` }).click(),
    ]);

    expect(download.suggestedFilename()).toBe(`station-progress-${year}.csv`);
    expect(readFileSync(await download.path(), 'utf8')).toBe(csv);
    await page.context().close();
  });
});
