import { INestApplication } from '@nestjs/common';
import { ActorInput, departmentReportsTopic } from '@waystation/contracts';
import { EscalationView, ReportView, SlaPolicyView } from '@waystation/http-api';
import { expectProblem, newStaff, newWorker, queryDatabase, serviceAs, startServiceUnderTest } from '@waystation/testing';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module';
import { communityStaff, moveToCommunity, publishCityMap, withPhotoOf } from '../areas/test-city-map.spec-helper';
import { reportsConfigSchema } from '../config/reports.config';
import { OverdueDetector } from './overdue-detector.service';
import { SlaDeadlines } from './sla-deadlines.service';
import { SlaPolicies } from './sla-policies.service';

/** Two replicas of the reports service on one scratch database, the overdue job left to the tests. */
let database: string;
let sut: INestApplication;
let replica: INestApplication;

const build = (env: Record<string, string>) => AppModule.forRoot(reportsConfigSchema.parse({ ...env, REPORTS_OVERDUE_INTERVAL_MS: '0' }));
const as = (actor?: ActorInput) => serviceAs(sut.getHttpServer(), actor);
const admin: ActorInput = { id: 'admin-sla', role: 'admin' };
const HOUR = 3_600_000;

let communitySerial = 0;
/** A community code no other test uses. */
const freshCommunity = () => `4201${String(Date.now() % 1e6).padStart(6, '0')}${String(++communitySerial).padStart(2, '0')}`;

/** A report a worker files inside the test city map. */
async function submitted(category: string, description: string): Promise<ReportView> {
  const worker = newWorker();
  const body = { category, description, location: { lat: 30.3721, lng: 114.3217, accuracyMeters: 12 } };
  return (
    await as(worker)
      .post('/reports')
      .send(await withPhotoOf(sut.getHttpServer(), worker, body))
      .expect(201)
  ).body as ReportView;
}

/** A report moved to `communityCode` (null: none) and confirmed by an admin. */
async function confirmedReport(communityCode: string | null, category = 'exposed-garbage'): Promise<ReportView> {
  const report = await submitted(category, '路口垃圾堆积');
  await moveToCommunity(database, report.id, communityCode);
  await as(admin).post(`/reports/${report.id}/confirm`).send({}).expect(200);
  return report;
}

/** Moves a report's deadline of `kind` to `hoursAgo` hours before now. */
const makeOverdue = (reportId: string, kind: 'acknowledge' | 'resolve', hoursAgo: number) =>
  queryDatabase(database, `UPDATE report_sla_deadlines SET due_at = now() - make_interval(secs => $3) WHERE report_id = $1 AND kind = $2`, [
    reportId,
    kind,
    hoursAgo * 3_600,
  ]);

const overdueEvents = (reportId: string) =>
  queryDatabase<{ envelope: { payload: Record<string, unknown> } }>(
    database,
    `SELECT envelope FROM outbox_messages WHERE event_type = 'report.overdue' AND message_key = $1 AND topic = 'reports.events' ORDER BY id`,
    [reportId],
  );

beforeAll(async () => {
  ({ app: sut, database } = await startServiceUnderTest(build, { databaseVariable: 'REPORTS_DATABASE_URL', consumesEvents: true }));
  ({ app: replica } = await startServiceUnderTest(build, { databaseVariable: 'REPORTS_DATABASE_URL', database }));
  await publishCityMap(database);
}, 120_000);

afterAll(async () => {
  await replica?.close();
  await sut?.close();
});

describe(SlaPolicies.name, () => {
  it('is seeded with a default and answers it first', async () => {
    const { body } = await as(newWorker()).get('/report-slas').expect(200);

    expect(body.items[0]).toMatchObject({ categoryCode: 'default', clock: 'working-hours', updatedBy: null });
  });

  it('lets an admin set a category’s policy, and shows who set it', async () => {
    const { body } = await as(admin)
      .put('/report-slas/damaged-road-or-railing')
      .send({ acknowledgeWithinHours: 6, resolveWithinDays: 4, clock: 'calendar' })
      .expect(200);

    expect(body).toMatchObject({
      categoryCode: 'damaged-road-or-railing',
      acknowledgeWithinHours: 6,
      resolveWithinDays: 4,
      clock: 'calendar',
      updatedBy: 'admin-sla',
    });
    const listed = (await as(admin).get('/report-slas').expect(200)).body.items as SlaPolicyView[];
    expect(listed.filter((policy) => policy.categoryCode === 'damaged-road-or-railing')).toEqual([body]);
  });

  it('refuses community staff (403) and changes nothing', async () => {
    const response = await as(newStaff())
      .put('/report-slas/default')
      .send({ acknowledgeWithinHours: 1, resolveWithinDays: 1, clock: 'calendar' });

    expectProblem(response, 403, 'sla-admin-only');
    expect(
      (await queryDatabase(database, `SELECT acknowledge_within_hours FROM report_sla_policies WHERE category_code = 'default'`))[0],
    ).toEqual({
      acknowledge_within_hours: 8,
    });
  });

  it.each([
    ['a malformed category code', '/report-slas/Not_A_Code', { acknowledgeWithinHours: 1, resolveWithinDays: 1, clock: 'calendar' }],
    ['zero hours', '/report-slas/other', { acknowledgeWithinHours: 0, resolveWithinDays: 1, clock: 'calendar' }],
    ['an unknown clock', '/report-slas/other', { acknowledgeWithinHours: 1, resolveWithinDays: 1, clock: 'lunar' }],
  ])('answers 400 for %s', async (_case, path, body) => {
    expectProblem(await as(admin).put(path).send(body), 400, 'validation-failed');
  });
});

describe(SlaDeadlines.name, () => {
  it('starts both deadlines when a report is confirmed, by its category’s policy', async () => {
    await as(admin)
      .put('/report-slas/piled-materials')
      .send({ acknowledgeWithinHours: 2, resolveWithinDays: 3, clock: 'calendar' })
      .expect(200);

    const report = await confirmedReport(null, 'piled-materials');

    const deadlines = await queryDatabase<{ kind: string; started_at: Date; due_at: Date; reviewed_at: Date }>(
      database,
      `SELECT d.kind, d.started_at, d.due_at, r.reviewed_at FROM report_sla_deadlines d JOIN reports r ON r.id = d.report_id
        WHERE d.report_id = $1 ORDER BY d.kind`,
      [report.id],
    );
    expect(deadlines.map(({ kind, started_at, due_at }) => [kind, due_at.getTime() - started_at.getTime()])).toEqual([
      ['acknowledge', 2 * HOUR],
      ['resolve', 3 * 24 * HOUR],
    ]);
    expect(deadlines[0].started_at).toEqual(deadlines[0].reviewed_at);
  });

  it('starts no deadline for a rejected report', async () => {
    const report = await submitted('other', '不是问题');
    await as(admin).post(`/reports/${report.id}/reject`).send({ reasonCode: 'not-a-problem', note: '不属于问题' }).expect(200);

    expect(await queryDatabase(database, 'SELECT * FROM report_sla_deadlines WHERE report_id = $1', [report.id])).toEqual([]);
  });
});

describe(OverdueDetector.name, () => {
  const detectorOf = (app: INestApplication) => app.get(OverdueDetector);

  it('announces a breach exactly once when two replicas run the job at the same time, again and again', async () => {
    const community = freshCommunity();
    const report = await confirmedReport(community);
    await makeOverdue(report.id, 'acknowledge', 1);

    for (let round = 0; round < 3; round += 1) {
      await Promise.all([detectorOf(sut).run(), detectorOf(replica).run(), detectorOf(replica).run(), detectorOf(sut).run()]);
    }

    const events = await overdueEvents(report.id);
    expect(events).toHaveLength(1);
    expect(events[0].envelope.payload).toEqual({
      reportId: report.id,
      category: 'exposed-garbage',
      private: false,
      communityCode: community,
      districtCode: community.slice(0, 6),
      kind: 'acknowledge',
      dueAt: expect.any(String),
      detectedAt: expect.any(String),
    });
    expect(await queryDatabase(database, 'SELECT kind FROM report_sla_breaches WHERE report_id = $1', [report.id])).toEqual([
      { kind: 'acknowledge' },
    ]);
  });

  it('announces a restarted deadline’s breach as a new one', async () => {
    const report = await confirmedReport(freshCommunity());
    await makeOverdue(report.id, 'acknowledge', 2);
    await detectorOf(sut).run();

    // A dispatch restarts the clock: an hour of calendar time from five hours ago, so overdue again.
    await as(admin)
      .put('/report-slas/exposed-garbage')
      .send({ acknowledgeWithinHours: 1, resolveWithinDays: 1, clock: 'calendar' })
      .expect(200);
    await sut
      .get(DataSource)
      .transaction((manager) => sut.get(SlaDeadlines).start(manager, [report.id], new Date(Date.now() - 5 * HOUR), ['acknowledge']));
    await Promise.all([detectorOf(sut).run(), detectorOf(replica).run()]);

    expect((await overdueEvents(report.id)).map((event) => event.envelope.payload.kind)).toEqual(['acknowledge', 'acknowledge']);
    await as(admin)
      .put('/report-slas/exposed-garbage')
      .send({ acknowledgeWithinHours: 8, resolveWithinDays: 5, clock: 'working-hours' })
      .expect(200);
  });

  it('leaves a deadline alone that was met before it passed', async () => {
    const report = await confirmedReport(freshCommunity());
    await queryDatabase(database, `UPDATE reports SET status = 'acknowledged' WHERE id = $1`, [report.id]);
    await makeOverdue(report.id, 'acknowledge', 1);

    await detectorOf(sut).run();

    expect(await overdueEvents(report.id)).toEqual([]);
  });

  it('announces a private report’s breach without anything about the report beyond its category and place', async () => {
    const report = await confirmedReport(freshCommunity(), 'elderly-living-alone');
    await makeOverdue(report.id, 'resolve', 1);

    await detectorOf(sut).run();

    const [event] = await overdueEvents(report.id);
    expect(event.envelope.payload).toMatchObject({ private: true, kind: 'resolve' });
    expect(JSON.stringify(event.envelope)).not.toContain(report.reporterId);
    expect(JSON.stringify(event.envelope)).not.toContain(report.description);
  });
});

describe('OverdueDetector, per department', () => {
  const detectorOf = (app: INestApplication) => app.get(OverdueDetector);
  const cityManagement: ActorInput = { id: 'dept-city-management-sla', role: 'department', scopes: { department: 'city-management' } };
  const makeDepartmentOverdue = (reportId: string, departmentCode: string, kind: 'acknowledge' | 'resolve') =>
    queryDatabase(
      database,
      `UPDATE report_assignments SET ${kind}_due_at = now() - interval '1 hour' WHERE report_id = $1 AND department_code = $2`,
      [reportId, departmentCode],
    );
  const departmentCopies = (reportId: string) =>
    queryDatabase<{ topic: string; department: string }>(
      database,
      `SELECT topic, envelope->'payload'->>'departmentCode' AS department FROM outbox_messages
        WHERE event_type = 'report.overdue' AND message_key = $1 AND topic <> 'reports.events' ORDER BY topic`,
      [reportId],
    );

  it('announces each department’s missed deadline once, with its code, across replicas and runs, on its own topic too', async () => {
    const report = await confirmedReport(freshCommunity());
    await as(admin)
      .post(`/reports/${report.id}/dispatch`)
      .send({ add: ['city-management'], remove: [], reason: '也需城管' })
      .expect(200);
    await as(cityManagement).post(`/department-queue/${report.id}/acknowledge`).send({}).expect(200);
    // Sanitation never acknowledged; city management acknowledged in time but is late to resolve.
    await makeDepartmentOverdue(report.id, 'sanitation', 'acknowledge');
    await makeDepartmentOverdue(report.id, 'city-management', 'acknowledge');
    await makeDepartmentOverdue(report.id, 'city-management', 'resolve');

    for (let round = 0; round < 3; round += 1) {
      await Promise.all([detectorOf(sut).run(), detectorOf(replica).run(), detectorOf(replica).run(), detectorOf(sut).run()]);
    }

    const announced = (await overdueEvents(report.id)).map(({ envelope }) => envelope.payload);
    expect(announced.map(({ departmentCode, kind }) => `${departmentCode}:${kind}`).sort()).toEqual([
      'city-management:resolve',
      'sanitation:acknowledge',
    ]);
    expect(await departmentCopies(report.id)).toEqual([
      { topic: departmentReportsTopic('city-management'), department: 'city-management' },
      { topic: departmentReportsTopic('sanitation'), department: 'sanitation' },
    ]);
  });

  it('announces a department’s restarted deadline that passes again as a new breach', async () => {
    const report = await confirmedReport(freshCommunity());
    await makeDepartmentOverdue(report.id, 'sanitation', 'acknowledge');
    await detectorOf(sut).run();

    // A re-dispatch gives the department a new deadline; this one has passed as well.
    await makeDepartmentOverdue(report.id, 'sanitation', 'acknowledge');
    await Promise.all([detectorOf(sut).run(), detectorOf(replica).run()]);

    expect((await overdueEvents(report.id)).map(({ envelope }) => envelope.payload.departmentCode)).toEqual(['sanitation', 'sanitation']);
  });
});

describe('GET /escalations', () => {
  it('shows community staff the overdue reports of their communities, most overdue first, with how late', async () => {
    const [mine, other] = [freshCommunity(), freshCommunity()];
    const slightlyLate = await confirmedReport(mine);
    const veryLate = await confirmedReport(mine);
    const elsewhere = await confirmedReport(other);
    const onTime = await confirmedReport(mine);
    await makeOverdue(slightlyLate.id, 'acknowledge', 1);
    await makeOverdue(veryLate.id, 'acknowledge', 30);
    await makeOverdue(elsewhere.id, 'acknowledge', 50);
    const staff = communityStaff(mine);

    const { body } = await as(staff).get('/escalations').expect(200);

    expect(body.items.map((item: EscalationView) => item.reportId)).toEqual([veryLate.id, slightlyLate.id]);
    expect(body.items[0]).toMatchObject({ kind: 'acknowledge', communityCode: mine, status: 'dispatched', private: false });
    expect(body.items[0].overdueMinutes).toBeGreaterThanOrEqual(30 * 60 - 1);
    expect(body.items[0].overdueMinutes).toBeLessThan(30 * 60 + 5);
    expect(body.items.map((item: EscalationView) => item.reportId)).not.toContain(onTime.id);
  });

  it('shows an admin every community’s, page by page', async () => {
    const [first, second] = [await confirmedReport(freshCommunity()), await confirmedReport(freshCommunity())];
    await makeOverdue(first.id, 'resolve', 10_000);
    await makeOverdue(second.id, 'resolve', 9_999);

    const page1 = (await as(admin).get('/escalations?limit=1').expect(200)).body;
    const page2 = (await as(admin).get(`/escalations?limit=1&cursor=${page1.nextCursor}`).expect(200)).body;

    expect([page1.items[0].reportId, page2.items[0].reportId]).toEqual([first.id, second.id]);
  });

  it('refuses a worker (403), and a cursor it never gave (400)', async () => {
    expectProblem(await as(newWorker()).get('/escalations'), 403, 'escalations-staff-only');
    for (const cursor of ['bogus', `1.${'-'.repeat(36)}.resolve`, `99999999999999999.${uuidv7()}.resolve`]) {
      expectProblem(await as(admin).get(`/escalations?cursor=${cursor}`), 400, 'validation-failed');
    }
  });
});
