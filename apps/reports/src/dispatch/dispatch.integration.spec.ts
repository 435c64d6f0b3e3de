import { INestApplication } from '@nestjs/common';
import { ActorInput, departmentReportsTopic, Topics } from '@waystation/contracts';
import { AssignmentView, DepartmentQueueItemView, ReportView, RoutingRuleView } from '@waystation/http-api';
import { expectProblem, newWorker, queryDatabase, serviceAs, startServiceUnderTest, tinyTestPhoto } from '@waystation/testing';
import { AppModule } from '../app.module';
import { communityStaff, EAST, moveToCommunity, publishCityMap, WEST, withPhotoOf } from '../areas/test-city-map.spec-helper';
import { reportsConfigSchema } from '../config/reports.config';
import { ReportDispatch } from './report-dispatch.service';
import { UnattachedPhotoCleanup } from '../photos/unattached-photo-cleanup.service';
import { DepartmentFigures } from './department-figures.service';
import { DepartmentWork } from './department-work.service';

let database: string;
let sut: INestApplication;

const build = (env: Record<string, string>) => AppModule.forRoot(reportsConfigSchema.parse({ ...env, REPORTS_OVERDUE_INTERVAL_MS: '0' }));
const as = (actor?: ActorInput) => serviceAs(sut.getHttpServer(), actor);
const admin: ActorInput = { id: 'admin-dispatch', role: 'admin' };
const departmentUser = (department: string): ActorInput => ({ id: `dept-${department}-user`, role: 'department', scopes: { department } });
const sanitation = departmentUser('sanitation');
const cityManagement = departmentUser('city-management');
const fire = departmentUser('fire');
const propertyManagement = departmentUser('property-management');
const police = departmentUser('police');
const eastStaff = communityStaff(EAST);

interface Filed {
  report: ReportView;
  worker: ActorInput;
}

/** Answers to the categories' required questions. */
const ANSWERS: Record<string, object> = { 'unsafe-e-bike-charging': { where: 'stairwell' } };

/** A report a worker filed in EAST (district 420115), or moved by SQL into `community`. */
async function filed(category: string, community: string = EAST): Promise<Filed> {
  const worker = newWorker();
  const location = { lat: 30.3721, lng: 114.3217, accuracyMeters: 12 };
  const body = { category, description: '路口问题待处理', location, answers: ANSWERS[category] ?? {} };
  const report = (
    await as(worker)
      .post('/reports')
      .send(await withPhotoOf(sut.getHttpServer(), worker, body))
      .expect(201)
  ).body as ReportView;
  if (community !== EAST) await moveToCommunity(database, report.id, community);
  return { report, worker };
}

async function confirmed(category: string, community: string = EAST): Promise<Filed> {
  const { report, worker } = await filed(category, community);
  const { body } = await as(communityStaff(community)).post(`/reports/${report.id}/confirm`).send({ severity: 'medium' }).expect(200);
  return { report: body as ReportView, worker };
}

const act = (actor: ActorInput, reportId: string, action: string, body: object = {}) =>
  as(actor).post(`/department-queue/${reportId}/${action}`).send(body);

const eventsOf = (reportId: string, type: string, topic: string = Topics.reports) =>
  queryDatabase<{ envelope: { id: string; payload: Record<string, unknown> } }>(
    database,
    `SELECT envelope FROM outbox_messages WHERE event_type = $1 AND message_key = $2 AND topic = $3 ORDER BY seq`,
    [type, reportId, topic],
  );

/** The topics other than reports.events the outbox sends a report's events of `type` to, with the event ids. */
const departmentCopiesOf = async (reportId: string, type: string) =>
  queryDatabase<{ topic: string; id: string }>(
    database,
    `SELECT topic, envelope->>'id' AS id FROM outbox_messages WHERE event_type = $1 AND message_key = $2 AND topic <> $3 ORDER BY seq, topic`,
    [type, reportId, Topics.reports],
  );

beforeAll(async () => {
  ({ app: sut, database } = await startServiceUnderTest(build, { databaseVariable: 'REPORTS_DATABASE_URL', consumesEvents: true }));
  await publishCityMap(database);
}, 120_000);

afterAll(async () => {
  await sut?.close();
});

describe(ReportDispatch.name, () => {
  it("dispatches a confirmed report to the category's default departments, naming the rule, with no reporter in the event", async () => {
    const { report } = await confirmed('exposed-garbage');

    expect(report.status).toBe('dispatched');
    expect(report.departments).toEqual([expect.objectContaining({ code: 'sanitation', status: 'dispatched' })]);
    const [dispatched] = await eventsOf(report.id, 'report.dispatched');
    expect(dispatched.envelope.payload).toMatchObject({
      reportId: report.id,
      departments: [{ code: 'sanitation', ruleId: expect.any(String), name: { 'zh-CN': '环卫', en: 'Sanitation' } }],
    });
    expect(dispatched.envelope.payload).not.toHaveProperty('reporterId');
    expect(await departmentCopiesOf(report.id, 'report.dispatched')).toEqual([
      { topic: departmentReportsTopic('sanitation'), id: dispatched.envelope.id },
    ]);
  });

  it("routes by the district's own rule before the category's default", async () => {
    await as(admin)
      .put('/routing-rules')
      .send({ categoryCode: 'littering', districtCode: '420115', departments: ['city-management', 'sanitation'] })
      .expect(200);

    const inDistrict = await confirmed('littering');
    const elsewhere = await confirmed('littering', '420116001001');

    expect(inDistrict.report.departments.map((d) => d.code)).toEqual(['city-management', 'sanitation']);
    expect(elsewhere.report.departments.map((d) => d.code)).toEqual(['sanitation']);
    expect((await departmentCopiesOf(inDistrict.report.id, 'report.dispatched')).map(({ topic }) => topic)).toEqual([
      departmentReportsTopic('city-management'),
      departmentReportsTopic('sanitation'),
    ]);
  });

  it("leaves out of a category's default the departments that do not serve the report's district", async () => {
    const code = `roads-${Date.now() % 1e8}`;
    const name = { 'zh-CN': '路政', en: 'Roads' };
    await as(admin)
      .post('/departments')
      .send({ code, name, contact: '12345', districts: ['420116'] })
      .expect(201);
    await as(admin)
      .put('/routing-rules')
      .send({ categoryCode: 'damaged-road-or-railing', departments: [code, 'city-management'] })
      .expect(200);

    const served = await confirmed('damaged-road-or-railing', '420116001001');
    const notServed = await confirmed('damaged-road-or-railing');

    expect(served.report.departments.map((d) => d.code)).toEqual(['city-management', code]);
    expect(notServed.report.departments.map((d) => d.code)).toEqual(['city-management']);
    // A department created through the API has no Kafka topic until it is provisioned: nothing is sent for it.
    expect((await departmentCopiesOf(served.report.id, 'report.dispatched')).map(({ topic }) => topic)).toEqual([
      departmentReportsTopic('city-management'),
    ]);
  });

  it('keeps a report no rule matches in the manual dispatch queue of its community, for staff to dispatch with a reason', async () => {
    const { report } = await confirmed('other');
    expect(report).toMatchObject({ status: 'confirmed', departments: [] });

    const queue = await as(eastStaff).get('/dispatch-queue?limit=100').expect(200);
    const otherCommunity = await as(communityStaff(WEST)).get('/dispatch-queue?limit=100').expect(200);
    expect(queue.body.items.map((item: ReportView) => item.id)).toContain(report.id);
    expect(otherCommunity.body.items.map((item: ReportView) => item.id)).not.toContain(report.id);

    const { body } = await as(eastStaff)
      .post(`/reports/${report.id}/dispatch`)
      .send({ add: ['police'], reason: '占道纠纷' })
      .expect(200);
    expect(body).toMatchObject({ status: 'dispatched', departments: [expect.objectContaining({ code: 'police', status: 'dispatched' })] });
    const [dispatched] = await eventsOf(report.id, 'report.dispatched');
    expect(dispatched.envelope.payload).toMatchObject({ departments: [{ code: 'police', ruleId: null }] });
  });

  it('refuses a dispatch that leaves no department working, and one by staff of another community', async () => {
    const { report } = await confirmed('other');

    expectProblem(
      await as(eastStaff)
        .post(`/reports/${report.id}/dispatch`)
        .send({ remove: ['police'], reason: 'x' }),
      422,
      'no-department-left',
    );
    expectProblem(
      await as(communityStaff(WEST))
        .post(`/reports/${report.id}/dispatch`)
        .send({ add: ['police'], reason: 'x' }),
      404,
      'report-not-found',
    );
    expectProblem(
      await as(eastStaff)
        .post(`/reports/${report.id}/dispatch`)
        .send({ add: ['no-such-dept'], reason: 'x' }),
      422,
      'unknown-departments',
    );
  });

  it('applies a rule change to new confirmations only', async () => {
    const before = await confirmed('piled-materials');
    const { body: rule } = await as(admin)
      .put('/routing-rules')
      .send({ categoryCode: 'piled-materials', departments: ['sanitation'] })
      .expect(200);

    const after = await confirmed('piled-materials');

    const rules = await queryDatabase<{ department_code: string; rule_id: string; report_id: string }>(
      database,
      `SELECT report_id, department_code, rule_id::text FROM report_assignments WHERE report_id = ANY($1::uuid[])`,
      [[before.report.id, after.report.id]],
    );
    expect(rules.find((row) => row.report_id === before.report.id)).toMatchObject({ department_code: 'city-management' });
    expect(rules.find((row) => row.report_id === before.report.id)?.rule_id).not.toBe((rule as RoutingRuleView).id);
    expect(rules.find((row) => row.report_id === after.report.id)).toMatchObject({
      department_code: 'sanitation',
      rule_id: (rule as RoutingRuleView).id,
    });
  });
});

describe(DepartmentWork.name, () => {
  it('keeps each department’s progress and derives the report’s status from all of them, emitting report.resolved once', async () => {
    const { report, worker } = await confirmed('unsafe-e-bike-charging');
    expect(report.departments.map((d) => d.code)).toEqual(['fire', 'property-management']);

    await act(fire, report.id, 'acknowledge').expect(200);
    await act(propertyManagement, report.id, 'not-responsible', { reason: '不在物业管理范围' }).expect(200);
    expect((await as(worker).get(`/reports/${report.id}`).expect(200)).body.status).toBe('acknowledged');
    await act(fire, report.id, 'progress', { note: '已到现场' }).expect(200);
    expect((await as(worker).get(`/reports/${report.id}`).expect(200)).body.status).toBe('in-progress');
    const { body: resolved } = await act(fire, report.id, 'resolve', { note: '已清理楼道充电设备' }).expect(200);

    expect(resolved as AssignmentView).toMatchObject({ status: 'resolved' });
    const { body: seen } = await as(worker).get(`/reports/${report.id}`).expect(200);
    expect(seen.status).toBe('resolved');
    expect(seen.departments).toEqual([
      expect.objectContaining({ code: 'fire', status: 'resolved', name: { 'zh-CN': '消防', en: 'Fire and rescue' } }),
      expect.objectContaining({ code: 'property-management', status: 'not-responsible' }),
    ]);
    expectProblem(await act(fire, report.id, 'resolve', { note: 'again' }), 409, 'assignment-move-not-allowed');
    const resolvedEvents = await eventsOf(report.id, 'report.resolved');
    expect(resolvedEvents).toHaveLength(1);
    expect(resolvedEvents[0].envelope.payload).toMatchObject({ reportId: report.id, reporterId: worker.id, resolvedBy: fire.id });
    expect((await eventsOf(report.id, 'report.updated')).map((e) => e.envelope.payload.status)).toEqual([
      'acknowledged',
      'not-responsible',
      'in-progress',
      'resolved',
    ]);
    expect((await departmentCopiesOf(report.id, 'report.updated')).map(({ topic }) => topic)).toEqual([
      departmentReportsTopic('fire'),
      departmentReportsTopic('property-management'),
      departmentReportsTopic('fire'),
      departmentReportsTopic('fire'),
    ]);
  });

  it('resolves straight from acknowledged through in-progress, with evidence photos the department uploaded', async () => {
    const { report } = await confirmed('exposed-garbage');
    const upload = await as(sanitation)
      .post('/report-photos')
      .set('content-type', 'image/jpeg')
      .send(await tinyTestPhoto())
      .expect(201);
    await act(sanitation, report.id, 'acknowledge').expect(200);

    const { body } = await act(sanitation, report.id, 'resolve', { note: '已清运', photoIds: [upload.body.id] }).expect(200);

    expect((body as AssignmentView).history.map((step) => step.status)).toEqual(['dispatched', 'acknowledged', 'in-progress', 'resolved']);
    expect((body as AssignmentView).history[3].photoIds).toEqual([upload.body.id]);
    const another = (await confirmed('exposed-garbage')).report.id;
    await act(sanitation, another, 'acknowledge').expect(200);
    expectProblem(await act(sanitation, another, 'progress', { note: 'x', photoIds: [report.photos[0].id] }), 422, 'photo-not-attachable');
    expectProblem(await act(sanitation, another, 'progress', { note: 'x', photoIds: [upload.body.id] }), 422, 'photo-not-attachable');
  });

  it("keeps a department's evidence photos past the unattached clean-up, readable by whoever reads the report", async () => {
    const { report, worker } = await confirmed('exposed-garbage');
    const evidence = (
      await as(sanitation)
        .post('/report-photos')
        .set('content-type', 'image/jpeg')
        .send(await tinyTestPhoto())
        .expect(201)
    ).body as { id: string };
    const stray = (
      await as(sanitation)
        .post('/report-photos')
        .set('content-type', 'image/jpeg')
        .send(await tinyTestPhoto())
        .expect(201)
    ).body as { id: string };
    await act(sanitation, report.id, 'acknowledge').expect(200);
    await act(sanitation, report.id, 'resolve', { note: '已清运', photoIds: [evidence.id] }).expect(200);
    await queryDatabase(database, `UPDATE report_photos SET created_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])`, [
      [evidence.id, stray.id],
    ]);

    await sut.get(UnattachedPhotoCleanup).run();

    const left = await queryDatabase<{ id: string }>(database, 'SELECT id FROM report_photos WHERE id = ANY($1::uuid[])', [
      [evidence.id, stray.id],
    ]);
    expect(left.map((row) => row.id)).toEqual([evidence.id]);
    await as(worker).get(`/reports/${report.id}/photos/${evidence.id}`).expect(200).expect('content-type', 'image/jpeg');
    expectProblem(await as(newWorker()).get(`/reports/${report.id}/photos/${evidence.id}`), 404, 'report-not-found');
  });

  it('sends a report every department declines back to staff, who re-route it, withdrawing the old department', async () => {
    const { report } = await confirmed('exposed-garbage');

    await act(sanitation, report.id, 'not-responsible', { reason: '属于建筑垃圾，归城管' }).expect(200);

    expect((await as(eastStaff).get(`/reports/${report.id}`).expect(200)).body.status).toBe('not-responsible');
    expect((await as(eastStaff).get('/dispatch-queue?limit=100').expect(200)).body.items.map((item: ReportView) => item.id)).toContain(
      report.id,
    );
    const { body } = await as(eastStaff)
      .post(`/reports/${report.id}/dispatch`)
      .send({ category: 'piled-materials', add: ['city-management'], remove: ['sanitation'], reason: '建筑垃圾' })
      .expect(200);
    expect(body).toMatchObject({ status: 'dispatched', category: { code: 'piled-materials' } });
    expect((body as ReportView).departments.map((d) => [d.code, d.status])).toEqual([
      ['city-management', 'dispatched'],
      ['sanitation', 'withdrawn'],
    ]);
    expect((await eventsOf(report.id, 'report.withdrawn'))[0].envelope.payload).toMatchObject({
      departments: ['sanitation'],
      reason: '建筑垃圾',
    });
    expect((await departmentCopiesOf(report.id, 'report.withdrawn')).map(({ topic }) => topic)).toEqual([
      departmentReportsTopic('sanitation'),
    ]);
    expectProblem(await act(sanitation, report.id, 'acknowledge'), 404, 'report-not-found');
    await act(cityManagement, report.id, 'acknowledge').expect(200);
    expectProblem(
      await as(eastStaff)
        .post(`/reports/${report.id}/dispatch`)
        .send({ remove: ['city-management'], add: ['police'], reason: 'x' }),
      409,
      'department-took-report-on',
    );
  });

  it('re-dispatches a reopened report: the department sent it again starts over, the earlier round is withdrawn', async () => {
    const { report, worker } = await confirmed('exposed-garbage');
    await act(sanitation, report.id, 'acknowledge').expect(200);
    await act(sanitation, report.id, 'resolve', { note: '已清运' }).expect(200);
    expectProblem(
      await as(eastStaff)
        .post(`/reports/${report.id}/dispatch`)
        .send({ add: ['police'], reason: 'x' }),
      409,
      'reroute-not-allowed',
    );
    await as(worker).post(`/reports/${report.id}/feedback`).send({ fixed: false }).expect(200);
    await queryDatabase(database, `UPDATE report_sla_deadlines SET due_at = now() - interval '1 hour' WHERE report_id = $1`, [report.id]);

    const { body } = await as(eastStaff)
      .post(`/reports/${report.id}/dispatch`)
      .send({ add: ['city-management'], reason: '仍有垃圾，改派城管' })
      .expect(200);

    expect(body.status).toBe('dispatched');
    expect((body as ReportView).departments.map((d) => [d.code, d.status])).toEqual([
      ['city-management', 'dispatched'],
      ['sanitation', 'withdrawn'],
    ]);
    expect((await eventsOf(report.id, 'report.withdrawn'))[0].envelope.payload).toMatchObject({ departments: ['sanitation'] });
    const deadlines = await queryDatabase<{ overdue: boolean }>(
      database,
      `SELECT due_at < now() AS overdue FROM report_sla_deadlines WHERE report_id = $1`,
      [report.id],
    );
    expect(deadlines.map((d) => d.overdue)).toEqual([false, false]);
    expect(await eventsOf(report.id, 'report.resolved')).toHaveLength(1);
  });

  it('answers 404 to a department acting on a report not routed to it, and 403 to anyone who is no department user', async () => {
    const { report } = await confirmed('exposed-garbage');

    expectProblem(await act(police, report.id, 'acknowledge'), 404, 'report-not-found');
    expectProblem(await act(police, '01900000-0000-7000-8000-000000000000', 'acknowledge'), 404, 'report-not-found');
    expectProblem(await act(eastStaff, report.id, 'acknowledge'), 403, 'department-role-required');
    expectProblem(await as(newWorker()).get('/department-queue'), 403, 'department-role-required');
    expect(
      (await as(police).get('/department-queue?limit=100').expect(200)).body.items.map((i: DepartmentQueueItemView) => i.reportId),
    ).not.toContain(report.id);
  });

  it("lists the department's queue with SLA deadlines, filtered by status, category and overdue", async () => {
    const { report } = await confirmed('overflowing-bins');
    await queryDatabase(
      database,
      `UPDATE report_assignments SET acknowledge_due_at = now() - interval '1 hour' WHERE report_id = $1 AND department_code = 'sanitation'`,
      [report.id],
    );

    const { body } = await as(sanitation)
      .get('/department-queue?status=dispatched&category=overflowing-bins&overdue=true&limit=100')
      .expect(200);
    const onTime = await as(sanitation).get('/department-queue?overdue=false&limit=100').expect(200);

    expect(body.items).toContainEqual(
      expect.objectContaining({
        reportId: report.id,
        status: 'dispatched',
        overdue: true,
        acknowledgeDueAt: expect.any(String),
        resolveDueAt: expect.any(String),
      }),
    );
    expect(onTime.body.items.map((i: DepartmentQueueItemView) => i.reportId)).not.toContain(report.id);
  });
});

describe("each department's own SLA clocks", () => {
  const HOUR = 3_600_000;
  const queueItemOf = async (actor: ActorInput, reportId: string): Promise<DepartmentQueueItemView> =>
    ((await as(actor).get('/department-queue?limit=100').expect(200)).body.items as DepartmentQueueItemView[]).find(
      (item) => item.reportId === reportId,
    ) as DepartmentQueueItemView;

  it("starts a department's deadlines at its own dispatch, by the category's policy, also for one added later", async () => {
    await as(admin)
      .put('/report-slas/exposed-garbage')
      .send({ acknowledgeWithinHours: 3, resolveWithinDays: 2, clock: 'calendar' })
      .expect(200);
    const { report } = await confirmed('exposed-garbage');

    await as(eastStaff)
      .post(`/reports/${report.id}/dispatch`)
      .send({ add: ['city-management'], remove: [], reason: '占道也归城管' })
      .expect(200);

    for (const department of [sanitation, cityManagement]) {
      const item = await queueItemOf(department, report.id);
      const dispatchedAt = Date.parse(item.dispatchedAt);
      expect([Date.parse(item.acknowledgeDueAt as string) - dispatchedAt, Date.parse(item.resolveDueAt as string) - dispatchedAt]).toEqual([
        3 * HOUR,
        2 * 24 * HOUR,
      ]);
    }
    const [first, added] = [await queueItemOf(sanitation, report.id), await queueItemOf(cityManagement, report.id)];
    expect(Date.parse(added.dispatchedAt)).toBeGreaterThan(Date.parse(first.dispatchedAt));
    expect(added.acknowledgeDueAt).not.toBe(first.acknowledgeDueAt);
    await as(admin)
      .put('/report-slas/exposed-garbage')
      .send({ acknowledgeWithinHours: 8, resolveWithinDays: 5, clock: 'working-hours' })
      .expect(200);
  });

  it("shows a department overdue by its own deadline, not the report's", async () => {
    const { report } = await confirmed('overflowing-bins');
    await queryDatabase(database, `UPDATE report_sla_deadlines SET due_at = now() - interval '1 hour' WHERE report_id = $1`, [report.id]);

    expect(await queueItemOf(sanitation, report.id)).toMatchObject({ overdue: false });
  });
});

describe(DepartmentFigures.name, () => {
  /** Moves `department`'s steps to `status` on a report to `minutes` after its dispatch. */
  const stepAfterDispatch = (reportId: string, department: string, statuses: string[], minutes: number) =>
    queryDatabase(
      database,
      `UPDATE report_assignment_history h SET at = a.dispatched_at + make_interval(mins => $4)
         FROM report_assignments a
        WHERE (a.report_id, a.department_code) = (h.report_id, h.department_code) AND h.report_id = $1 AND h.department_code = $2
          AND h.status = ANY($3::text[])`,
      [reportId, department, statuses, minutes],
    );

  it('counts per department what was dispatched in the period: open, overdue, median minutes to acknowledge and to resolve', async () => {
    const code = `figures-${Date.now() % 1e8}`;
    await as(admin)
      .post('/departments')
      .send({ code, name: { 'zh-CN': '园林', en: 'Landscaping' }, contact: '12345' })
      .expect(201);
    const department = departmentUser(code);
    const since = new Date(Date.now() - 1000).toISOString();
    const [acknowledged, resolved, late] = await Promise.all([1, 2, 3].map(async () => (await confirmed('exposed-garbage')).report));
    for (const report of [acknowledged, resolved, late]) {
      await as(eastStaff)
        .post(`/reports/${report.id}/dispatch`)
        .send({ add: [code], remove: ['sanitation'], reason: '绿化带垃圾' })
        .expect(200);
    }
    await act(department, acknowledged.id, 'acknowledge').expect(200);
    await act(department, resolved.id, 'acknowledge').expect(200);
    await act(department, resolved.id, 'resolve', { note: '已清理' }).expect(200);
    await stepAfterDispatch(acknowledged.id, code, ['acknowledged'], 10);
    await stepAfterDispatch(resolved.id, code, ['acknowledged'], 30);
    await stepAfterDispatch(resolved.id, code, ['in-progress', 'resolved'], 120);
    await queryDatabase(database, `UPDATE report_assignments SET acknowledge_due_at = now() - interval '1 minute' WHERE report_id = $1`, [
      late.id,
    ]);

    const { body } = await as(admin).get(`/department-figures?from=${since}`).expect(200);
    const before = await as(admin).get(`/department-figures?to=${since}`).expect(200);

    expect(body.from).toBe(since);
    expect(body.departments.find((figure: { code: string }) => figure.code === code)).toEqual({
      code,
      name: { 'zh-CN': '园林', en: 'Landscaping' },
      dispatched: 3,
      open: 2,
      overdue: 1,
      acknowledged: 2,
      medianMinutesToAcknowledge: 20,
      resolved: 1,
      medianMinutesToResolve: 120,
    });
    expect(before.body.departments.find((figure: { code: string }) => figure.code === code)).toMatchObject({
      dispatched: 0,
      medianMinutesToAcknowledge: null,
    });
  });

  it('refuses anyone but the city office (403), and a period that ends before it starts (400)', async () => {
    expectProblem(await as(eastStaff).get('/department-figures'), 403, 'department-figures-admin-only');
    expectProblem(
      await as(admin).get('/department-figures?from=2026-12-02T00:00:00.000Z&to=2026-12-01T00:00:00.000Z'),
      400,
      'validation-failed',
    );
    expectProblem(await as(admin).get('/department-figures?from=0000-01-01T00:00:00.000Z'), 400, 'validation-failed');
  });
});

describe('departments and routing rules', () => {
  it('lets the city office add and change departments, and no one else', async () => {
    const code = `dept-${Date.now() % 1e8}`;
    const definition = { code, name: { 'zh-CN': '水务', en: 'Water' }, contact: '12345', districts: ['420115'] };

    await as(admin).post('/departments').send(definition).expect(201);
    await as(admin).post('/departments').send(definition).expect(200);
    expectProblem(
      await as(admin)
        .post('/departments')
        .send({ ...definition, contact: '110' }),
      409,
      'department-exists',
    );
    expectProblem(
      await as(eastStaff)
        .post('/departments')
        .send({ ...definition, code: `${code}-x` }),
      403,
      'routing-admin-only',
    );
    const { body } = await as(admin).patch(`/departments/${code}`).send({ contact: '027-12345' }).expect(200);
    expect(body).toMatchObject({ code, contact: '027-12345', districts: ['420115'], updatedBy: admin.id });
    expectProblem(await as(admin).patch('/departments/nope').send({ contact: 'x' }), 404, 'department-not-found');
    expectProblem(await as(newWorker()).get('/departments'), 403, 'departments-staff-only');
  });

  it('retires a rule, after which its category waits in the manual queue', async () => {
    const { body: rules } = await as(eastStaff).get('/routing-rules').expect(200);
    const rule = (rules.items as RoutingRuleView[]).find(
      (r) => r.categoryCode === 'street-light' && r.districtCode === null,
    ) as RoutingRuleView;

    await as(admin).post(`/routing-rules/${rule.id}/retire`).expect(200);

    expectProblem(await as(admin).post(`/routing-rules/${rule.id}/retire`), 404, 'routing-rule-not-found');
    expect((await confirmed('street-light')).report.status).toBe('confirmed');
    expectProblem(
      await as(admin)
        .put('/routing-rules')
        .send({ categoryCode: 'street-light', departments: ['nope'] }),
      422,
      'unknown-departments',
    );
  });
});
