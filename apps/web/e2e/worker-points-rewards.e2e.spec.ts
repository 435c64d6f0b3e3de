import { E2E_REPORT_COMMUNITY, gatewayAs, placeReport, signInStaff, uploadTestPhoto } from '@waystation/testing';
import {
  type BrowserRun,
  markDocument,
  screen as screenOf,
  seededStation,
  showing,
  signUpInBrowser,
  startBrowserRun,
  stationIdOf,
  stillTheSameDocument,
  stopBrowserRun,
  workerInBrowser,
} from './browser-harness.spec-helper';

/** The seeded Canglong Island station, open around the clock; the phone stands at its door, inside its geofence. */
const CANGLONG = seededStation('Canglong');
const AT_THE_DOOR = { latitude: CANGLONG.location.lat, longitude: CANGLONG.location.lng };
/** What a check-in and a confirmed environment report earn by the seeded earning rules; the reward costs the latter. */
const POINTS_PER_CHECK_IN = 1;
const POINTS_PER_REPORT = 5;
/** A report inside the Jiangxia demo map, placed in the community the e2e staff serve. */
const JIANGXIA_REPORT = {
  category: 'overflowing-bins',
  description: '江夏大道公交站旁垃圾桶满溢',
  location: { lat: 30.352, lng: 114.29, accuracyMeters: 10 },
  address: '武汉市江夏区江夏大道',
};

describe("the worker app's check-in, live points and notifications, and rewards, in a real browser", () => {
  let run: BrowserRun;
  let page: BrowserRun['page'];
  let gatewayUrl: string;
  let stationId: string;

  beforeAll(async () => {
    run = await startBrowserRun(AT_THE_DOOR);
    page = run.page;
    gatewayUrl = run.system.url('gateway');
    stationId = stationIdOf(run, CANGLONG);
    const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    await gatewayAs(gatewayUrl, run.admin)
      .post(`/api/v1/stations/${stationId}/sessions`)
      .send({
        serviceCode: 'legal-aid',
        title: { zh: '法律援助咨询', en: 'Legal aid' },
        startsAt: inHours(24),
        endsAt: inHours(26),
        places: 10,
      })
      .expect(201);
    const reward = await gatewayAs(gatewayUrl, run.admin)
      .post('/api/v1/rewards')
      .send({ kind: 'gift', name: { 'zh-CN': '防暑礼包', en: 'Summer heat kit' }, cost: POINTS_PER_REPORT })
      .expect(201);
    await gatewayAs(gatewayUrl, run.admin).put(`/api/v1/rewards/${reward.body.id}/stocks/${stationId}`).send({ remaining: 3 }).expect(200);
    await signUpInBrowser(page, gatewayUrl);
  }, 300_000);

  afterAll(async () => {
    await stopBrowserRun(run);
  });

  const screen = (name: string) => screenOf(page, name);

  it('checks the worker in at the station with the code printed at its door and their position, signs them up for a session, and credits the visit', async () => {
    const codes = await gatewayAs(gatewayUrl, run.admin).get(`/api/v1/stations/${stationId}/check-in-codes`).expect(200);
    await page.getByRole('list', { name: '驿站列表，由近到远' }).getByRole('link', { name: CANGLONG.names['zh-CN'] }).first().click();
    await page.getByRole('heading', { level: 1, name: CANGLONG.names['zh-CN'] }).waitFor();

    await page.getByLabel('签到码', { exact: true }).fill(codes.body.printed as string);
    await page.getByRole('button', { name: '签到', exact: true }).click();

    await page.getByText(/您已于 .+ 在此签到/).waitFor();
    // The run's other specs may schedule sessions here too: this spec's is the legal aid one.
    const session = page.getByRole('region', { name: '驿站活动' }).getByRole('article', { name: '法律援助咨询' });
    await session.waitFor();
    expect(await session.getByText('剩余 10 / 10 个名额').count()).toBe(1);
    await session.getByRole('button', { name: '报名' }).click();
    await session.getByText('您已报名。').waitFor();
    expect(await session.getByText('剩余 9 / 10 个名额').count()).toBe(1);
    await screen('station-checked-in');

    await page.getByRole('link', { name: '积分', exact: true }).click();
    await page.getByRole('heading', { name: '我的积分' }).waitFor();
    await page.getByRole('list', { name: '积分明细' }).getByText('驿站签到').waitFor({ timeout: 30_000 });
    await showing(page.getByTestId('points-balance'), POINTS_PER_CHECK_IN);
    await screen('points-check-in');
  });

  it('shows the points of a confirmed report and its notifications as they arrive, without a reload', async () => {
    const worker = await workerInBrowser(page);
    await page.getByRole('link', { name: '驿站', exact: true }).click();
    await showing(page.getByTestId('balance'), POINTS_PER_CHECK_IN);
    const unreadBefore = (await page.getByTestId('unread').textContent()) ?? '';
    // Marks this document: a reload would lose the mark.
    await markDocument(page);

    const report = await gatewayAs(gatewayUrl, worker)
      .post('/api/v1/reports')
      .send({ photoIds: [await uploadTestPhoto(gatewayUrl, worker)], ...JIANGXIA_REPORT })
      .expect(201);
    await placeReport(report.body.id);
    const staff = await signInStaff(gatewayUrl, { role: 'community-staff', scopes: { communities: [E2E_REPORT_COMMUNITY] } });
    await gatewayAs(gatewayUrl, staff).post(`/api/v1/reports/${report.body.id}/confirm`).send({}).expect(200);

    await showing(page.getByTestId('balance'), POINTS_PER_CHECK_IN + POINTS_PER_REPORT);
    await page
      .getByTestId('unread')
      .filter({ hasNotText: new RegExp(`^${unreadBefore}$`) })
      .waitFor({ timeout: 30_000 });
    expect(await stillTheSameDocument(page)).toBe(true);
    await screen('home-live');

    await page.getByRole('link', { name: '消息', exact: true }).click();
    await page
      .getByRole('list', { name: '消息，最新的在前' })
      .getByRole('heading', { name: new RegExp(`积分到账 \\+${POINTS_PER_REPORT}`) })
      .waitFor();
    await screen('notifications');
    // The confirmation's three messages have all come; what the worker saw is read, so home counts none unread.
    const inbox = page.getByRole('list', { name: '消息，最新的在前' });
    await inbox.getByRole('heading', { name: /您的随手拍已确认/ }).waitFor();
    await inbox.getByRole('heading', { name: /您的随手拍已转交处理部门/ }).waitFor();
    await page.getByRole('link', { name: '驿站', exact: true }).click();
    await showing(page.getByTestId('unread'), 0);
    await page.getByRole('link', { name: '消息', exact: true }).click();

    await page.getByRole('link', { name: '积分', exact: true }).click();
    await page.getByRole('heading', { name: '我的积分' }).waitFor();
    await showing(page.getByTestId('points-balance'), POINTS_PER_CHECK_IN + POINTS_PER_REPORT);
    const history = page.getByRole('list', { name: '积分明细' });
    await history.getByText('随手拍已确认').waitFor();
    expect(await history.getByText(`+${POINTS_PER_REPORT}`).count()).toBeGreaterThan(0);
    expect(await stillTheSameDocument(page)).toBe(true);
    await screen('points');
  });

  it('redeems a reward, shows its code as a QR and as text, and the station manager verifies that code', async () => {
    await page.getByRole('link', { name: '兑换', exact: true }).click();
    const reward = page.getByRole('article', { name: '防暑礼包' });
    await reward.waitFor();
    await screen('rewards');
    expect(await reward.getByLabel('领取驿站').inputValue()).toBe(stationId);

    await reward.getByRole('button', { name: `用 ${POINTS_PER_REPORT} 积分兑换` }).click();

    await page.getByRole('heading', { level: 1, name: '我的兑换' }).waitFor();
    const code = (await page.getByTestId('redemption-code').first().textContent()) ?? '';
    const qr = page.getByRole('img', { name: `兑换码 ${code} 的二维码` });
    await qr.waitFor();
    expect(await qr.getAttribute('data-payload')).toBe(`waystation:redemption:${code}`);
    await screen('redemption');

    const manager = await signInStaff(gatewayUrl, { role: 'station-manager', scopes: { stations: [stationId] } });
    const verified = await gatewayAs(gatewayUrl, manager).post('/api/v1/redemptions/verification').send({ code }).expect(200);
    expect(verified.body).toMatchObject({ status: 'placed', stationId, reward: { name: { 'zh-CN': '防暑礼包' } } });
    const balance = await gatewayAs(gatewayUrl, await workerInBrowser(page))
      .get('/api/v1/me/points')
      .expect(200);
    expect(balance.body.balance).toBe(POINTS_PER_CHECK_IN);
  });
});
