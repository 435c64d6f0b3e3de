import { DEVELOPMENT_ADMIN } from '@waystation/contracts';
import { DEMO_COMMUNITY_STAFF, DEMO_DEPARTMENT_USER, DEMO_STATION_MANAGER, DEMO_STATIONS, type DemoStaffAccount } from '@waystation/seed';
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
import type { Locator, Page } from 'playwright-core';
import {
  type BrowserRun,
  createDemoStaff,
  reviewQueueItem,
  screen,
  signInAtDesk,
  startBrowserRun,
  stopBrowserRun,
} from './browser-harness.spec-helper';

/** A report inside the Jiangxia demo map, in the community the demo community staff serve; sanitation's by the default rule. */
const BINS_REPORT = {
  category: 'overflowing-bins',
  description: '控制台测试：江夏大道公交站旁垃圾桶满溢',
  location: { lat: 30.352, lng: 114.29, accuracyMeters: 10 },
  address: '武汉市江夏区江夏大道',
};

/** Filed under the wrong category: the materials piled on the pavement are city management's, not sanitation's. */
const MISFILED_REPORT = { ...BINS_REPORT, description: '控制台测试：人行道上堆放建筑材料' };

/** The CSV of a table as the console writes it (RFC 4180, a byte-order mark), from what the table shows. */
async function csvOfTable(table: Locator): Promise<string> {
  const rows = await table.locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
  const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return '\ufeff' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

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
    await (await reviewQueueItem(page, BINS_REPORT.description)).click();
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
  it('lets the city office record the acceptance inspection of a built station, a failed optional item with what to fix, and see it listed', async () => {
    const names = { 'zh-CN': '控制台验收测试驿站', en: 'Console acceptance test station' };
    const station = (
      await gatewayAs(gatewayUrl, admin)
        .post('/api/v1/stations')
        .set('Idempotency-Key', `console-acceptance-station-${reportId}`)
        .send({ ...DEMO_STATIONS[0], names, address: '武汉市江夏区验收路1号', status: 'built' })
        .expect(201)
    ).body;
    // Inspections follow the newest checklist, and the run's other specs set theirs: this one's comes last.
    await gatewayAs(gatewayUrl, admin)
      .post('/api/v1/acceptance/templates')
      .send({
        name: '控制台测试验收标准',
        items: [
          { code: 'signage', label: { zh: '统一标识标牌', en: "Signage in the city's design" }, required: true },
          { code: 'first-aid-kit', label: { zh: '配备急救药箱', en: 'First-aid kit' }, required: false },
        ],
      })
      .expect(201);
    const page = await signedInPage(DEVELOPMENT_ADMIN, 'city-office-acceptance');
    const awaiting = page.getByRole('region', { name: '待验收驿站' });

    await awaiting.getByRole('row', { name: new RegExp(names['zh-CN']) }).waitFor();
    const form = page.getByRole('form', { name: /^登记验收/ });
    await form.getByLabel('驿站').selectOption(station.id);
    const firstAid = form.getByRole('group', { name: '配备急救药箱' });
    await firstAid.getByLabel('不合格').check();
    await form.getByRole('button', { name: '登记验收结果' }).click();
    await firstAid.getByRole('alert').filter({ hasText: '不合格项须写明整改要求。' }).waitFor();
    await firstAid.getByLabel('整改要求').fill('补充急救药箱');
    await firstAid.getByLabel('整改期限').fill('2027-06-30');
    await form.getByLabel('验收备注').fill('控制台测试验收');
    await form.getByRole('button', { name: '登记验收结果' }).click();

    // Only a required item fails a station: it passes, is accepted, and its inspection is listed with what to fix.
    await form.getByRole('status').filter({ hasText: '验收通过，驿站已转为已验收。' }).waitFor();
    const inspections = page.getByRole('region', { name: '验收记录' });
    await inspections.getByRole('row', { name: /通过 first-aid-kit 补充急救药箱（2027-06-30 前） 控制台测试验收/ }).waitFor();
    await awaiting.getByRole('row', { name: new RegExp(names['zh-CN']) }).waitFor({ state: 'detached' });
    await screen(page, 'console-city-office-acceptance');
    expect((await gatewayAs(gatewayUrl, admin).get(`/api/v1/stations/${station.id}`).expect(200)).body.status).toBe('accepted');
    const recorded = (await gatewayAs(gatewayUrl, admin).get(`/api/v1/stations/${station.id}/inspections`).expect(200)).body.items;
    expect(recorded).toEqual([
      expect.objectContaining({
        passed: true,
        notes: '控制台测试验收',
        rectifications: [expect.objectContaining({ itemCode: 'first-aid-kit', action: '补充急救药箱', deadline: '2027-06-30' })],
      }),
    ]);
    await page.context().close();
  });

  it('shows the city office the report categories, adds one, downloads them as the CSV on screen, and deactivates the new one', async () => {
    const categories = (await gatewayAs(gatewayUrl, admin).get('/api/v1/report-categories').expect(200)).body.items;
    // A category of this run only, deactivated again at the end: no one reports in it meanwhile.
    const code = `console-test-${reportId.slice(-6)}`;
    const activeCodes = async () =>
      (await gatewayAs(gatewayUrl, admin).get('/api/v1/report-categories').expect(200)).body.items.map(
        (item: { code: string }) => item.code,
      );
    const page = await signedInPage(DEVELOPMENT_ADMIN, 'city-office-categories');
    const table = page.getByRole('table', { name: '随手拍类别' });

    await table.getByRole('row', { name: /street-light 路灯故障 市政设施/ }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(categories.length);
    const adding = page.getByRole('form', { name: '新增类别' });
    await adding.getByLabel('代码').fill('Console Test');
    await adding.getByLabel('中文名称').fill('控制台测试类别');
    await adding.getByLabel('英文名称').fill('Console test category');
    await adding.getByLabel('中文说明').fill('仅供控制台测试');
    await adding.getByLabel('英文说明').fill('For the console test only');
    await adding.getByRole('button', { name: '新增类别' }).click();
    await adding.getByRole('alert').filter({ hasText: '代码由小写字母和数字组成' }).waitFor();
    await adding.getByLabel('代码').fill(code);
    await adding.getByRole('button', { name: '新增类别' }).click();

    await adding.getByRole('status').filter({ hasText: '类别已新增' }).waitFor();
    await table.getByRole('row', { name: `${code} 控制台测试类别 其他 仅供控制台测试 否 0` }).waitFor();
    expect(await activeCodes()).toContain(code);
    await page.getByRole('heading', { name: '随手拍类别' }).scrollIntoViewIfNeeded();
    await screen(page, 'console-city-office-categories');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 CSV：随手拍类别' }).click(),
    ]);

    expect(download.suggestedFilename()).toBe('report-categories.csv');
    expect(readFileSync(await download.path(), 'utf8')).toBe(await csvOfTable(table));
    const deactivating = page.getByRole('form', { name: '停用类别' });
    await deactivating.getByLabel('类别', { exact: true }).selectOption(code);
    await deactivating.getByRole('button', { name: '停用类别' }).click();
    await deactivating.getByRole('status').filter({ hasText: '类别已停用。' }).waitFor();
    await table.getByRole('row', { name: `${code} 控制台测试类别` }).waitFor({ state: 'detached' });
    expect(await activeCodes()).not.toContain(code);
    expect((await gatewayAs(gatewayUrl, admin).get(`/api/v1/report-categories/${code}`).expect(200)).body.active).toBe(false);
    await page.context().close();
  });

  it("lets the city office set a district's routing rule, see it in force, and retire it", async () => {
    // Street lights in one district only, a rule no other spec routes by; retired again at the end.
    const district = (await gatewayAs(gatewayUrl, admin).get('/api/v1/areas?level=district').expect(200)).body.items[0];
    const rulesNow = async () => (await gatewayAs(gatewayUrl, admin).get('/api/v1/routing-rules').expect(200)).body.items;
    const districtRule = (rules: { id: string; categoryCode: string; districtCode: string | null }[]) =>
      rules.find((rule) => rule.categoryCode === 'street-light' && rule.districtCode === district.code);
    const page = await signedInPage(DEVELOPMENT_ADMIN, 'city-office-routing');
    const setting = page.getByRole('form', { name: '设定派发规则' });

    await setting.getByLabel('城管').waitFor();
    await setting.getByRole('button', { name: '保存规则' }).click();
    await setting.getByRole('alert').filter({ hasText: '请选择类别。' }).waitFor();
    await setting.getByLabel('类别').selectOption('street-light');
    await setting.getByLabel('区').selectOption(district.code);
    await setting.getByLabel('城管').check();
    await setting.getByLabel('物业管理').check();
    await setting.getByRole('button', { name: '保存规则' }).click();

    await setting.getByRole('status').filter({ hasText: '规则已保存' }).waitFor();
    const table = page.getByRole('table', { name: '派发规则' });
    await table.getByRole('row', { name: `路灯故障 ${district.nameZh} 城管 物业管理`, exact: false }).waitFor();
    const rule = districtRule(await rulesNow());
    expect(rule).toMatchObject({ departments: ['city-management', 'property-management'] });
    await screen(page, 'console-city-office-routing');

    const retiring = page.getByRole('form', { name: '停用派发规则' });
    await retiring.getByLabel('规则', { exact: true }).selectOption(String(rule?.id));
    await retiring.getByRole('button', { name: '停用规则' }).click();
    await retiring.getByRole('status').filter({ hasText: '规则已停用。' }).waitFor();
    await table.getByRole('row', { name: `路灯故障 ${district.nameZh} 城管 物业管理`, exact: false }).waitFor({ state: 'detached' });
    expect(districtRule(await rulesNow())).toBeUndefined();
    // The category's default is untouched.
    expect(
      (await rulesNow()).find(
        (item: { categoryCode: string; districtCode: string | null }) => item.categoryCode === 'street-light' && item.districtCode === null,
      ),
    ).toMatchObject({ departments: ['city-management'] });
    await page.context().close();
  });

  it('lets the city office add a reward to the catalogue, refusing a cost of nothing, and withdraw it', async () => {
    const name = `控制台目录测试 ${reportId.slice(-6)}`;
    const catalogue = async () => (await gatewayAs(gatewayUrl, admin).get('/api/v1/rewards?limit=100').expect(200)).body.items;
    const page = await signedInPage(DEVELOPMENT_ADMIN, 'city-office-rewards');
    const adding = page.getByRole('form', { name: '新增奖励' });

    await adding.getByLabel('中文名称').fill(name);
    await adding.getByLabel('英文名称').fill('Console catalogue test');
    await adding.getByLabel('所需积分').fill('0');
    await adding.getByRole('button', { name: '加入目录' }).click();
    await adding.getByRole('alert').filter({ hasText: '所需积分是 1 到 1,000,000 之间的整数。' }).waitFor();
    await adding.getByLabel('所需积分').fill('7');
    await adding.getByRole('button', { name: '加入目录' }).click();

    await adding.getByRole('status').filter({ hasText: '奖励已加入目录。' }).waitFor();
    const table = page.getByRole('table', { name: '奖励目录' });
    await table.getByRole('row', { name: `${name} 礼品 7` }).waitFor();
    const reward = (await catalogue()).find((item: { name: { 'zh-CN': string } }) => item.name['zh-CN'] === name);
    expect(reward).toMatchObject({ kind: 'gift', cost: 7, name: { en: 'Console catalogue test' } });
    await screen(page, 'console-city-office-rewards');

    const withdrawing = page.getByRole('form', { name: '下架奖励' });
    await withdrawing.getByLabel('奖励', { exact: true }).selectOption({ label: `${name}（7 积分）` });
    await withdrawing.getByRole('button', { name: '下架' }).click();
    await withdrawing.getByRole('status').filter({ hasText: '奖励已下架。' }).waitFor();
    await table.getByRole('row', { name: `${name} 礼品 7` }).waitFor({ state: 'detached' });
    expect((await catalogue()).map(({ id }: { id: string }) => id)).not.toContain(reward.id);
    expect((await gatewayAs(gatewayUrl, admin).get(`/api/v1/rewards/${reward.id}`).expect(200)).body.withdrawnAt).toEqual(
      expect.any(String),
    );
    await page.context().close();
  });
  it("lets the city office set a community's points budget for the month, refusing a code that is no community's", async () => {
    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    // A community code the demo map does not have: no other spec reads its budget, and a budget never stops earning.
    const community = '420115999901';
    const page = await signedInPage(DEVELOPMENT_ADMIN, 'city-office-budgets');
    const setting = page.getByRole('form', { name: '设定社区积分预算' });

    await setting.getByLabel('社区代码（12 位）').fill('4201');
    await setting.getByLabel('预算', { exact: true }).fill('1200');
    await setting.getByRole('button', { name: '保存预算' }).click();
    await setting.getByRole('alert').filter({ hasText: '社区代码是 12 位数字。' }).waitFor();
    await setting.getByLabel('社区代码（12 位）').fill(community);
    await setting.getByRole('button', { name: '保存预算' }).click();

    await setting.getByRole('status').filter({ hasText: '预算已保存。' }).waitFor();
    await page
      .getByRole('table', { name: `${month} 社区积分预算` })
      .getByRole('row', { name: `${community} 1200 0` })
      .waitFor();
    const budgets = (await gatewayAs(gatewayUrl, admin).get(`/api/v1/community-budgets?month=${month}`).expect(200)).body.items;
    expect(budgets).toContainEqual(expect.objectContaining({ communityCode: community, points: 1200, earned: 0 }));
    await screen(page, 'console-city-office-budgets');
    await page.context().close();
  });
});
