import type { ReportView } from '@waystation/http-api';
import {
  cameraJpeg,
  E2E_REPORT_COMMUNITY,
  gatewayAs,
  newPhoneNumber,
  placeReport,
  signInStaff,
  signUpWorker,
  smsCodeFor,
  type TestAccount,
} from '@waystation/testing';
import type { Page } from 'playwright-core';
import { type BrowserRun, screen as screenOf, startBrowserRun, stopBrowserRun } from './browser-harness.spec-helper';

/** A phone in Jiangxia, in the community the e2e staff serve (startTestSystem imports its map). */
const WORKER_POSITION = { latitude: 30.352, longitude: 114.29 };

describe("the worker's reports in a real browser, on the whole system", () => {
  let run: BrowserRun;
  let gatewayUrl: string;
  let context: BrowserRun['context'];
  let page: Page;
  let worker: TestAccount;
  let reportId: string;

  beforeAll(async () => {
    run = await startBrowserRun(WORKER_POSITION);
    ({ context, page } = run);
    gatewayUrl = run.system.url('gateway');
  }, 300_000);

  afterAll(async () => {
    await stopBrowserRun(run);
  });

  const screen = (name: string) => screenOf(page, name);

  const myReports = async (): Promise<ReportView[]> =>
    (await gatewayAs(gatewayUrl, worker).get('/api/v1/reports').expect(200)).body.items as ReportView[];

  it('signs a worker in with their phone and the code sent to it', async () => {
    const phone = newPhoneNumber();
    worker = await signUpWorker(gatewayUrl, { phone });

    await page.goto(`${gatewayUrl}/`);
    const signUpCode = await smsCodeFor(phone);
    await page.getByLabel('手机号').fill(phone);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByLabel('验证码（6 位数字）').fill(await waitForNewCode(phone, signUpCode));
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { name: '附近的驿站' }).waitFor();
  });

  it('makes a report with a photo while offline: it stays on the phone, shown as waiting, and the gateway has none', async () => {
    await page.getByRole('navigation', { name: '菜单' }).getByRole('link', { name: '上报', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '上报问题' }).waitFor();
    await page.getByTestId('report-pin').waitFor();
    await screen('report');

    // A camera's photo, larger than the app sends: it is made smaller on the phone.
    await page.getByLabel('从相册选择').setInputFiles({
      name: 'bins.jpg',
      mimeType: 'image/jpeg',
      buffer: await cameraJpeg({ width: 2400, height: 1800 }),
    });
    await page.getByRole('img', { name: '问题照片 1' }).waitFor();
    await page.getByLabel('问题类别').selectOption('overflowing-bins');
    await page.getByLabel('满溢的垃圾桶数量（选填）').fill('3');
    const before = await page.getByTestId('pin-position').textContent();
    await page.getByRole('group', { name: '移动图钉' }).getByRole('button', { name: '向北' }).click();
    expect(await page.getByTestId('pin-position').textContent()).not.toBe(before);
    await page.getByLabel('描述（选填）').fill('江夏大道公交站旁垃圾桶满溢');
    await screen('report-filled');

    await context.setOffline(true);
    await page.getByRole('button', { name: '提交上报' }).click();

    await page.getByRole('heading', { level: 1, name: '我的上报' }).waitFor();
    expect(run.pageErrors).toEqual([]);
    const queued = page.getByRole('list', { name: '在本机，尚未发送' }).getByRole('listitem');
    await queued.filter({ hasText: '江夏大道公交站旁垃圾桶满溢' }).getByText('等待网络').waitFor();
    expect(await queued.count()).toBe(1);
    await screen('my-reports-queued');
    expect(await myReports()).toEqual([]);
  });

  it('sends it once the connection is back, created once, its photo made smaller on the phone', async () => {
    await context.setOffline(false);

    const sent = page.getByRole('list', { name: '已发送' });
    await sent.getByRole('link', { name: '垃圾桶满溢' }).waitFor();
    await page.getByRole('heading', { name: '在本机，尚未发送' }).waitFor({ state: 'detached' });
    await screen('my-reports-sent');

    const reports = await myReports();
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report).toMatchObject({
      category: { code: 'overflowing-bins' },
      description: '江夏大道公交站旁垃圾桶满溢',
      answers: { 'bin-count': 3 },
      status: 'submitted',
    });
    expect(report.location.lat).toBeGreaterThan(WORKER_POSITION.latitude);
    expect(report.photos).toHaveLength(1);
    expect(Math.max(report.photos[0].width, report.photos[0].height)).toBeLessThanOrEqual(1600);
    reportId = report.id;
  });

  it("shows the report's history and the department's progress once staff confirm it", async () => {
    await placeReport(reportId);
    const staff = await signInStaff(gatewayUrl, { role: 'community-staff', scopes: { communities: [E2E_REPORT_COMMUNITY] } });
    await gatewayAs(gatewayUrl, staff).post(`/api/v1/reports/${reportId}/confirm`).send({}).expect(200);

    await page.reload();
    await page.getByRole('list', { name: '已发送' }).getByRole('link', { name: '垃圾桶满溢' }).click();
    await page.getByRole('heading', { level: 1, name: '垃圾桶满溢' }).waitFor();
    const history = page.getByRole('list', { name: '处理记录' }).getByRole('listitem');
    await history.nth(2).waitFor();
    expect((await history.allTextContents()).map((entry) => entry.split(' · ')[0])).toEqual(['待审核', '已确认', '已派单']);
    await page.getByRole('heading', { level: 3, name: '环卫: 已接收' }).waitFor();
    await page.getByRole('img', { name: '问题照片 1' }).waitFor();
    await screen('my-report');
  });

  it('asks "was it fixed?" once the department resolves it, and closes it on "fixed"', async () => {
    const sanitation = await signInStaff(gatewayUrl, { role: 'department', scopes: { department: 'sanitation' } });
    const asSanitation = gatewayAs(gatewayUrl, sanitation);
    await asSanitation.post(`/api/v1/department-queue/${reportId}/acknowledge`).send({}).expect(200);
    await asSanitation.post(`/api/v1/department-queue/${reportId}/resolve`).send({ note: '已清运完毕' }).expect(200);

    await page.reload();
    await page.getByRole('heading', { name: '问题解决了吗？' }).waitFor();
    expect(await page.getByRole('list', { name: '环卫' }).textContent()).toContain('已清运完毕');
    await screen('my-report-resolved');
    await page.getByRole('button', { name: '已解决' }).click();

    await page.getByTestId('report-status').filter({ hasText: '已办结' }).waitFor();
    await page.getByRole('heading', { name: '问题解决了吗？' }).waitFor({ state: 'detached' });
    expect((await gatewayAs(gatewayUrl, worker).get(`/api/v1/reports/${reportId}`).expect(200)).body.status).toBe('closed');
    await screen('my-report-closed');
    expect(run.policyViolations).toEqual([]);
    expect(run.pageErrors).toEqual([]);
  });
});

/** The code the development SMS provider wrote for the number after `previous`, once the app's request has reached the gateway. */
async function waitForNewCode(phone: string, previous: string): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const code = await smsCodeFor(phone).catch(() => undefined);
    if (code && code !== previous) return code;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no SMS code for ${phone}`);
}
