import { DepartmentFiguresView, ReportView } from '@waystation/http-api';
import { WaystationSystem } from '@waystation/system';
import {
  everyItemOf,
  gatewayAs,
  signInAdmin,
  signInStaff,
  startTestSystem,
  type TestAccount,
  uploadTestPhoto,
  waitFor,
  WebhookTestReceiver,
} from '@waystation/testing';
import { newStaffAccount, newWorkerAccount } from './accounts';
import { scenario } from './scenario';

describe('a department works the reports routed to it (through the gateway)', () => {
  let system: WaystationSystem;
  let gatewayUrl: string;
  let worker: TestAccount;
  let staff: TestAccount;
  let sanitation: TestAccount;
  let cityManagement: TestAccount;

  beforeAll(async () => {
    system = await startTestSystem();
    gatewayUrl = system.url('gateway');
    worker = await newWorkerAccount(gatewayUrl);
    staff = await newStaffAccount(gatewayUrl);
    sanitation = await signInStaff(gatewayUrl, { role: 'department', scopes: { department: 'sanitation' } });
    cityManagement = await signInStaff(gatewayUrl, { role: 'department', scopes: { department: 'city-management' } });
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  /** A report of the worker, confirmed by the staff: dispatched to sanitation by the default rule. */
  async function dispatchedReport(): Promise<ReportView> {
    const steps = scenario(gatewayUrl);
    return steps.confirmReport(staff, (await steps.submitReport(worker)).id);
  }

  it('takes a report from its queue to resolved, and the reporter sees its progress, is asked and closes it', async () => {
    const report = await dispatchedReport();
    const asSanitation = gatewayAs(gatewayUrl, sanitation);

    const queue = await everyItemOf<Record<string, unknown>>(asSanitation, '/api/v1/department-queue?status=dispatched');
    expect(queue).toContainEqual(
      expect.objectContaining({ reportId: report.id, status: 'dispatched', acknowledgeDueAt: expect.any(String), overdue: false }),
    );
    expect(queue[0]).not.toHaveProperty('reporterId');
    await asSanitation.post(`/api/v1/department-queue/${report.id}/acknowledge`).send({}).expect(200);
    const photoIds = [await uploadTestPhoto(gatewayUrl, sanitation)];
    await asSanitation.post(`/api/v1/department-queue/${report.id}/progress`).send({ note: '清运车已到现场', photoIds }).expect(200);
    await asSanitation.post(`/api/v1/department-queue/${report.id}/resolve`).send({ note: '已清运完毕' }).expect(200);

    const seen = (await gatewayAs(gatewayUrl, worker).get(`/api/v1/reports/${report.id}`).expect(200)).body as ReportView;
    expect(seen.status).toBe('resolved');
    expect(seen.departments).toEqual([
      expect.objectContaining({
        code: 'sanitation',
        status: 'resolved',
        history: [
          expect.objectContaining({ status: 'dispatched' }),
          expect.objectContaining({ status: 'acknowledged' }),
          expect.objectContaining({ status: 'in-progress', note: '清运车已到现场', photoIds }),
          expect.objectContaining({ status: 'resolved', note: '已清运完毕' }),
        ],
      }),
    ]);
    // report.resolved reaches notifications: the reporter is asked whether it was fixed.
    await waitFor(
      async () => {
        const { body } = await gatewayAs(gatewayUrl, worker).get('/api/v1/me/notifications').expect(200);
        return body.items.some((item: { kind: string }) => item.kind === 'report.resolved') || undefined;
      },
      { description: "the reporter's resolved notification", timeoutMs: 20_000 },
    );
    // The reporter also hears of the department's moves on the way (the last one's message may follow report.resolved).
    const moves = ['您的随手拍已转交处理部门', '「环卫」已受理您的随手拍', '「环卫」正在处理您的随手拍', '「环卫」已处理完毕'];
    await waitFor(
      async () => {
        const { body } = await gatewayAs(gatewayUrl, worker).get('/api/v1/me/notifications?limit=100').expect(200);
        const titles = body.items
          .filter((item: { data: { reportId?: string } }) => item.data.reportId === report.id)
          .map((item: { title: string }) => item.title);
        return moves.every((title) => titles.includes(title)) || undefined;
      },
      { description: "the reporter's notifications of each department move", timeoutMs: 20_000 },
    );
    const closed = await gatewayAs(gatewayUrl, worker).post(`/api/v1/reports/${report.id}/feedback`).send({ fixed: true }).expect(200);
    expect(closed.body.status).toBe('closed');
  });

  it('sends a declined report back to the staff queue, where staff re-route it to another department', async () => {
    const report = await dispatchedReport();

    await gatewayAs(gatewayUrl, sanitation)
      .post(`/api/v1/department-queue/${report.id}/not-responsible`)
      .send({ reason: '建筑垃圾，归城管' })
      .expect(200);
    const queue = await everyItemOf<ReportView>(gatewayAs(gatewayUrl, staff), '/api/v1/dispatch-queue');
    expect(queue.map((item) => item.id)).toContain(report.id);
    const rerouted = await gatewayAs(gatewayUrl, staff)
      .post(`/api/v1/reports/${report.id}/dispatch`)
      .send({ category: 'piled-materials', add: ['city-management'], remove: ['sanitation'], reason: '建筑垃圾' })
      .expect(200);

    expect(rerouted.body).toMatchObject({ status: 'dispatched', category: { code: 'piled-materials' } });
    const problem = await gatewayAs(gatewayUrl, sanitation).post(`/api/v1/department-queue/${report.id}/acknowledge`).send({}).expect(404);
    expect(problem.body).toMatchObject({ code: 'report-not-found' });
    await gatewayAs(gatewayUrl, cityManagement).post(`/api/v1/department-queue/${report.id}/acknowledge`).send({}).expect(200);
  });

  it("shows the city office each department's figures for a period, as JSON and as CSV, and no one else", async () => {
    const since = new Date().toISOString();
    const [acknowledged, waiting] = [await dispatchedReport(), await dispatchedReport()];
    await gatewayAs(gatewayUrl, sanitation).post(`/api/v1/department-queue/${acknowledged.id}/acknowledge`).send({}).expect(200);
    const admin = gatewayAs(gatewayUrl, await signInAdmin(gatewayUrl));

    const json = (await admin.get(`/api/v1/department-figures?from=${since}`).expect(200)).body as DepartmentFiguresView;
    const csv = await admin.get(`/api/v1/department-figures?from=${since}&format=csv`).expect(200);

    expect(waiting.departments.map((department) => department.code)).toEqual(['sanitation']);
    const figure = json.departments.find((department) => department.code === 'sanitation');
    expect(figure).toMatchObject({ name: { 'zh-CN': '环卫', en: 'Sanitation' }, dispatched: 2, open: 2, overdue: 0, acknowledged: 1 });
    expect(figure?.medianMinutesToAcknowledge).toEqual(expect.any(Number));
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.split('\n');
    expect(lines[0]).toBe(
      '\ufefffrom,to,code,nameZh,nameEn,dispatched,open,overdue,acknowledged,medianMinutesToAcknowledge,resolved,medianMinutesToResolve',
    );
    expect(lines).toContain(`${since},,sanitation,环卫,Sanitation,2,2,0,1,${figure?.medianMinutesToAcknowledge},0,`);
    const refused = await gatewayAs(gatewayUrl, staff).get('/api/v1/department-figures').expect(403);
    expect(refused.body.code).toBe('department-figures-admin-only');
  });

  it("answers 404 to a department acting on another department's report, and 403 to a worker", async () => {
    const report = await dispatchedReport();

    const other = await gatewayAs(gatewayUrl, cityManagement)
      .post(`/api/v1/department-queue/${report.id}/acknowledge`)
      .send({})
      .expect(404);
    const notDepartment = await gatewayAs(gatewayUrl, worker).get('/api/v1/department-queue').expect(403);

    expect(other.body.code).toBe('report-not-found');
    expect(notDepartment.body.code).toBe('department-role-required');
  });

  it('delivers a report dispatched to the department to its webhook, signed, and hides the endpoint from another department', async () => {
    const receiver = new WebhookTestReceiver();
    const asSanitation = gatewayAs(gatewayUrl, sanitation);
    try {
      const created = await asSanitation
        .post('/api/v1/webhooks')
        .send({ url: await receiver.start(), eventTypes: ['report.dispatched', 'report.updated'] })
        .expect(201);
      receiver.secret = created.body.secret;
      const endpointId: string = created.body.id;

      const report = await dispatchedReport();
      await asSanitation.post(`/api/v1/department-queue/${report.id}/acknowledge`).send({}).expect(200);
      const received = await waitFor(
        async () => {
          const events = receiver.events().filter((event) => event.payload.reportId === report.id);
          return events.length === 2 ? events : undefined;
        },
        { description: "the report's dispatch and acknowledgement at the receiver", timeoutMs: 30_000 },
      );

      expect(receiver.refused).toEqual([]);
      expect(received.map(({ type }) => type).sort()).toEqual(['report.dispatched', 'report.updated']);
      expect(received.find(({ type }) => type === 'report.dispatched')?.payload).not.toHaveProperty('reporterId');
      const log = await asSanitation.get(`/api/v1/webhooks/${endpointId}/deliveries?status=delivered&limit=100`).expect(200);
      expect(log.body.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            eventType: 'report.dispatched',
            status: 'delivered',
            attempts: [expect.objectContaining({ statusCode: 204 })],
          }),
        ]),
      );
      const read = await asSanitation.get(`/api/v1/webhooks/${endpointId}`).expect(200);
      expect(read.body).not.toHaveProperty('secret');
      const asCityManagement = gatewayAs(gatewayUrl, cityManagement);
      const hidden = await asCityManagement.get(`/api/v1/webhooks/${endpointId}`).expect(404);
      expect(hidden.body.code).toBe('webhook-endpoint-not-found');
      await asCityManagement.get(`/api/v1/webhooks/${endpointId}/deliveries`).expect(404);
      expect((await asCityManagement.get('/api/v1/webhooks').expect(200)).body.items).not.toContainEqual(
        expect.objectContaining({ id: endpointId }),
      );
      await asSanitation.delete(`/api/v1/webhooks/${endpointId}`).expect(204);
    } finally {
      await receiver.stop();
    }
  });
});
