import { INestApplication } from '@nestjs/common';
import { Actor, ActorInput, actorSchema, reportStatusSchema, ReportStatus, Topics } from '@waystation/contracts';
import { ReportCategoryView, ReportView } from '@waystation/http-api';
import {
  describeCallerVerification,
  databaseUrl,
  expectProblem,
  newStaff,
  newWorker,
  publishEvents,
  queryDatabase,
  serviceAs,
  startServiceUnderTest,
  TEST_PHOTO_DIR,
  waitFor,
} from '@waystation/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from './app.module';
import { CityMapProjection } from './areas/city-map-projection.service';
import {
  areaUpserted,
  communityStaff,
  EAST,
  inboxHas,
  moveToCommunity,
  publishCityMap,
  rectangle,
  WEST,
  withPhotoOf,
} from './areas/test-city-map.spec-helper';
import { CategoryCatalog } from './categories/category-catalog.service';
import { reportsConfigSchema } from './config/reports.config';
import { DuplicateMerging } from './duplicates/duplicate-merging.service';
import { ReportFeedback } from './feedback/report-feedback.service';
import { Mover } from './lifecycle/report-mover';
import { LockedReport, ReportTransitions } from './lifecycle/report-transitions.service';
import { ReportIntake } from './reports/report-intake.service';
import { ReportQueries } from './reports/report-queries.service';
import { ReportReview } from './review/report-review.service';
import { ReviewQueue } from './review/review-queue.service';

/** The reports service in this process, on its own scratch database and the run's real Kafka. */
const LOCK_TIMEOUT_MS = 1_000;
const DAILY_LIMIT = 8;
let database: string;
let sut: INestApplication;

const as = (actor?: ActorInput) => serviceAs(sut.getHttpServer(), actor);

const count = async (sql: string, params: unknown[] = []) =>
  Number((await queryDatabase<{ count: string }>(database, sql, params))[0].count);

const outboxRows = (eventType: string, reportId: string) =>
  queryDatabase<{ envelope: { version: number; payload: Record<string, unknown> } }>(
    database,
    'SELECT envelope FROM outbox_messages WHERE event_type = $1 AND message_key = $2',
    [eventType, reportId],
  );

const jiangxiaReport = {
  category: 'overflowing-bins',
  description: '文化大道公交站旁垃圾桶满溢',
  location: { lat: 30.3721, lng: 114.3217, accuracyMeters: 12 },
  address: '武汉市江夏区文化大道',
};

/** The Jiangxia report with a photo of `worker`'s own. */
const reportBy = (worker: Actor, body: object = jiangxiaReport): Promise<object> => withPhotoOf(sut.getHttpServer(), worker, body);

/** The community the test city map places the tests' reports in (jiangxiaReport lies in EAST). */
const COMMUNITY = EAST;
const OTHER_COMMUNITY = WEST;

/**
 * Files a report as `worker`, where the city map places it or, given `community`, moved there by SQL (null: in no
 * community); answers it as its reporter reads it then.
 */
/** For a submission refused before its photos are attached (a bad answer, outside the map…): any photo id will do. */
const anyPhoto = { photoIds: [uuidv7()] };

async function submit(worker: Actor, body: object = jiangxiaReport, community?: string | null): Promise<ReportView> {
  const report = (
    await as(worker)
      .post('/reports')
      .send(await reportBy(worker, body))
      .expect(201)
  ).body as ReportView;
  if (community === undefined) return report;
  await moveToCommunity(database, report.id, community);
  return (await as(worker).get(`/reports/${report.id}`).expect(200)).body as ReportView;
}

beforeAll(async () => {
  const env = (base: Record<string, string>) => ({
    ...base,
    DATABASE_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS),
    REPORTS_PHOTO_DIR: TEST_PHOTO_DIR,
  });
  ({ app: sut, database } = await startServiceUnderTest((base) => AppModule.forRoot(reportsConfigSchema.parse(env(base))), {
    databaseVariable: 'REPORTS_DATABASE_URL',
    consumesEvents: true,
    env: { REPORTS_DAILY_LIMIT: String(DAILY_LIMIT) },
  }));
  await publishCityMap(database);
}, 90_000);

afterAll(async () => {
  await sut?.close();
});

describe(ReportIntake.name, () => {
  it('writes the report, its history entry and one report.submitted event', async () => {
    const worker = newWorker();

    const report = await submit(worker);

    expect(report).toMatchObject({
      ...jiangxiaReport,
      category: { code: 'overflowing-bins', group: 'environment', name: { 'zh-CN': '垃圾桶满溢', en: 'Overflowing bins' } },
      reporterId: worker.id,
      status: 'submitted',
      reviewedAt: null,
      communityCode: EAST,
      districtCode: '420115',
      private: false,
      answers: {},
      capturedAt: report.submittedAt,
    });
    expect(report.history).toEqual([
      { from: null, status: 'submitted', actorId: worker.id, actorRole: 'worker', reasonCode: null, note: null, at: report.submittedAt },
    ]);
    const [row] = await queryDatabase<{ reporter_id: string; status: string }>(
      database,
      'SELECT reporter_id, status FROM reports WHERE id = $1',
      [report.id],
    );
    expect(row).toEqual({ reporter_id: worker.id, status: 'submitted' });
    expect(await count('SELECT count(*) FROM report_history WHERE report_id = $1', [report.id])).toBe(1);
    const events = await outboxRows('report.submitted', report.id);
    expect(events).toHaveLength(1);
    expect(events[0].envelope).toMatchObject({ version: 3 });
    expect(events[0].envelope.payload).toMatchObject({
      reportId: report.id,
      reporterId: worker.id,
      category: { code: 'overflowing-bins', group: 'environment' },
      location: jiangxiaReport.location,
      communityCode: EAST,
      districtCode: '420115',
      private: false,
      capturedAt: report.submittedAt,
    });
    await waitFor(
      async () =>
        (await count('SELECT count(*) FROM outbox_messages WHERE message_key = $1 AND published_at IS NOT NULL', [report.id])) === 1,
      {
        description: 'the relay to publish report.submitted',
      },
    );
  });

  it('writes nothing when its event cannot be recorded, because all three share one transaction', async () => {
    const worker = newWorker();
    // A fault injected into this scratch database: the outbox refuses this worker's event.
    await queryDatabase(
      database,
      `
      CREATE FUNCTION refuse_test_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.envelope -> 'payload' ->> 'reporterId' = '${worker.id}' THEN RAISE EXCEPTION 'outbox refused'; END IF;
        RETURN NEW;
      END $$`,
    );
    await queryDatabase(
      database,
      'CREATE TRIGGER refuse_test_event BEFORE INSERT ON outbox_messages FOR EACH ROW EXECUTE FUNCTION refuse_test_event()',
    );
    try {
      const response = await as(worker)
        .post('/reports')
        .send(await reportBy(worker));

      expectProblem(response, 500, 'internal-error');
      expect(JSON.stringify(response.body)).not.toContain('outbox refused');
    } finally {
      await queryDatabase(database, 'DROP TRIGGER refuse_test_event ON outbox_messages');
      await queryDatabase(database, 'DROP FUNCTION refuse_test_event');
    }
    expect(await count('SELECT count(*) FROM reports WHERE reporter_id = $1', [worker.id])).toBe(0);
    expect(await count('SELECT count(*) FROM report_history WHERE actor_id = $1', [worker.id])).toBe(0);
  });

  const invalidBodies: { name: string; body: object; field: string }[] = [
    { name: 'a category code that is not kebab-case', body: { ...jiangxiaReport, category: 'Exposed Garbage' }, field: 'category' },
    {
      name: 'a location without its accuracy',
      body: { ...jiangxiaReport, location: { lat: 30.3721, lng: 114.3217 } },
      field: 'location.accuracyMeters',
    },
    { name: 'a capture time with an offset', body: { ...jiangxiaReport, capturedAt: '2026-12-01T08:00:00+08:00' }, field: 'capturedAt' },
    { name: 'an empty description', body: { ...jiangxiaReport, description: '   ' }, field: 'description' },
    { name: 'latitude 91', body: { ...jiangxiaReport, location: { lat: 91, lng: 114.3, accuracyMeters: 5 } }, field: 'location.lat' },
    { name: 'no photo', body: { ...jiangxiaReport, photoIds: [] }, field: 'photoIds' },
    { name: 'a photo id that is not a UUID', body: { ...jiangxiaReport, photoIds: ['photo-1'] }, field: 'photoIds.0' },
    { name: 'five photos', body: { ...jiangxiaReport, photoIds: Array.from({ length: 5 }, () => uuidv7()) }, field: 'photoIds' },
    { name: 'one photo twice', body: { ...jiangxiaReport, photoIds: Array(2).fill(uuidv7()) }, field: 'photoIds' },
  ];

  it.each(invalidBodies)('rejects $name with 400 naming $field and writes nothing', async ({ body, field }) => {
    const before = [await count('SELECT count(*) FROM reports'), await count('SELECT count(*) FROM outbox_messages')];

    const response = await as(newWorker()).post('/reports').send(body);

    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.any(String) })]));
    expect(response.body.detail).toContain(field);
    expect([await count('SELECT count(*) FROM reports'), await count('SELECT count(*) FROM outbox_messages')]).toEqual(before);
  });

  it('rejects a body that is not JSON with 400 and writes nothing', async () => {
    const before = [await count('SELECT count(*) FROM reports'), await count('SELECT count(*) FROM outbox_messages')];

    const response = await as(newWorker()).post('/reports').set('content-type', 'application/json').send('{"category": ');

    expectProblem(response, 400, 'bad-request');
    expect(response.body.detail).toContain('JSON');
    expect(JSON.stringify(response.body)).not.toMatch(/at .+\.(ts|js):\d+/);
    expect([await count('SELECT count(*) FROM reports'), await count('SELECT count(*) FROM outbox_messages')]).toEqual(before);
  });

  it('answers 401 without an access token and writes nothing', async () => {
    const before = await count('SELECT count(*) FROM reports');

    expectProblem(
      await as()
        .post('/reports')
        .send({ ...jiangxiaReport, ...anyPhoto }),
      401,
      'invalid-token',
    );
    expectProblem(await as({ id: 'someone', role: 'emperor' as never }).get('/reports'), 401, 'invalid-token');
    expect(await count('SELECT count(*) FROM reports')).toBe(before);
  });

  it('replays an Idempotency-Key with 200 and the same report, written once', async () => {
    const worker = newWorker();
    const key = `submit-${uuidv7()}`;
    const body = await reportBy(worker);

    const first = await as(worker).post('/reports').set('idempotency-key', key).send(body).expect(201);
    const replay = await as(worker).post('/reports').set('idempotency-key', key).send(body).expect(200);

    expect(replay.body).toEqual(first.body);
    expect(await count('SELECT count(*) FROM reports WHERE reporter_id = $1', [worker.id])).toBe(1);
    expect(await outboxRows('report.submitted', first.body.id)).toHaveLength(1);
  });

  it('treats the same report with its fields in another order as a retry', async () => {
    const worker = newWorker();
    const key = `reordered-${uuidv7()}`;
    const body = await reportBy(worker);
    const reordered = Object.fromEntries(Object.entries(body).reverse());

    const first = await as(worker).post('/reports').set('idempotency-key', key).send(body).expect(201);
    const replay = await as(worker).post('/reports').set('idempotency-key', key).send(reordered).expect(200);

    expect(replay.body.id).toBe(first.body.id);
  });

  it('refuses a key reused for a different report with 422 naming the first one, and writes nothing', async () => {
    const worker = newWorker();
    const key = `reused-${uuidv7()}`;
    const body = await reportBy(worker);
    const first = await as(worker).post('/reports').set('idempotency-key', key).send(body).expect(201);

    const reused = await as(worker)
      .post('/reports')
      .set('idempotency-key', key)
      .send({ ...body, description: 'A different problem on another street' });

    expectProblem(reused, 422, 'idempotency-key-reused');
    expect(reused.body).toMatchObject({ existingId: first.body.id, idempotencyKey: key });
    expect(await count('SELECT count(*) FROM reports WHERE reporter_id = $1', [worker.id])).toBe(1);
  });

  it('creates one report per reporter for a key two workers happen to share', async () => {
    const key = `shared-${uuidv7()}`;
    const [a, b] = [newWorker(), newWorker()];

    const first = await as(a)
      .post('/reports')
      .set('idempotency-key', key)
      .send(await reportBy(a))
      .expect(201);
    const second = await as(b)
      .post('/reports')
      .set('idempotency-key', key)
      .send(await reportBy(b))
      .expect(201);

    expect(second.body.id).not.toBe(first.body.id);
  });
});

describe(ReportQueries.name, () => {
  it('shows a worker their own report with its history', async () => {
    const worker = newWorker();
    const report = await submit(worker);

    const response = await as(worker).get(`/reports/${report.id}`).expect(200);

    expect(response.body).toEqual(report);
  });

  it("answers 404 to a worker reading another worker's report, and shows it to staff", async () => {
    const report = await submit(newWorker());

    expectProblem(await as(newWorker()).get(`/reports/${report.id}`), 404, 'report-not-found');
    expect((await as(communityStaff()).get(`/reports/${report.id}`).expect(200)).body.id).toBe(report.id);
  });

  it("lists to community staff their communities' reports and never another community's", async () => {
    const community = freshCommunity();
    const ours = await submit(newWorker(), jiangxiaReport, community);
    const theirs = await submit(newWorker(), jiangxiaReport, OTHER_COMMUNITY);

    const listed = (await as(communityStaff(community)).get('/reports?limit=100').expect(200)).body.items.map(
      (item: ReportView) => item.id,
    );

    expect(listed).toEqual([ours.id]);
    expect(
      (await as(communityStaff(OTHER_COMMUNITY)).get('/reports?limit=100').expect(200)).body.items.map((item: ReportView) => item.id),
    ).toContain(theirs.id);
    expect((await as(newStaff()).get('/reports').expect(200)).body.items).toEqual([]);
  });

  it('answers 404 report-not-found for an unknown id', async () => {
    const id = uuidv7();

    const response = await as(communityStaff()).get(`/reports/${id}`);

    expectProblem(response, 404, 'report-not-found');
    expect(response.body.detail).toContain(id);
  });

  it('answers 400 for an id that is not a UUID', async () => {
    expectProblem(await as(newWorker()).get('/reports/42'), 400, 'bad-request');
  });

  it("pages through a worker's reports newest first, each exactly once", async () => {
    const worker = newWorker();
    const submitted: string[] = [];
    for (let i = 0; i < 5; i++) submitted.push((await submit(worker, { ...jiangxiaReport, description: `第${i + 1}条` })).id);
    await submit(newWorker()); // someone else's, which must not show up

    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page: { items: ReportView[]; nextCursor: string | null } = (await as(worker).get(`/reports${query}`).expect(200)).body;
      pages.push(page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor && pages.length < 10);

    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual([...submitted].reverse());
  });

  it('answers 400 naming the field for a list cursor that is not a report id', async () => {
    const response = await as(newWorker()).get('/reports?cursor=yesterday');

    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });
});

describe(ReportReview.name, () => {
  it('confirms a report: status, history and one report.confirmed event, dispatching it by the routing rules', async () => {
    const worker = newWorker();
    const staff = communityStaff();
    const report = await submit(worker);

    const response = await as(staff).post(`/reports/${report.id}/confirm`).send({ note: '已核实' }).expect(200);

    expect(response.body).toMatchObject({ id: report.id, status: 'dispatched', reviewedBy: staff.id });
    expect(response.body.history.map((entry: { status: string; note: string | null }) => [entry.status, entry.note])).toEqual([
      ['submitted', null],
      ['confirmed', '已核实'],
      ['dispatched', null],
    ]);
    const events = await outboxRows('report.confirmed', report.id);
    expect(events).toHaveLength(1);
    expect(events[0].envelope).toMatchObject({ version: 3 });
    expect(events[0].envelope.payload).toMatchObject({
      reportId: report.id,
      reporterId: worker.id,
      confirmedBy: staff.id,
      category: { code: 'overflowing-bins', group: 'environment', name: { 'zh-CN': '垃圾桶满溢', en: 'Overflowing bins' } },
      communityCode: EAST,
      districtCode: '420115',
      private: false,
      capturedAt: report.capturedAt,
    });
  });

  it('answers 403 when a worker tries to confirm, and changes nothing', async () => {
    const report = await submit(newWorker());

    expectProblem(await as(newWorker()).post(`/reports/${report.id}/confirm`).send({}), 403, 'review-not-allowed');
    expect((await as(communityStaff()).get(`/reports/${report.id}`).expect(200)).body.status).toBe('submitted');
    expect(await outboxRows('report.confirmed', report.id)).toHaveLength(0);
  });

  it('answers 409 report-already-reviewed to a second confirmation by another reviewer', async () => {
    const report = await submit(newWorker());
    await as(communityStaff()).post(`/reports/${report.id}/confirm`).send({}).expect(200);

    const response = await as(communityStaff()).post(`/reports/${report.id}/confirm`).send({});

    expectProblem(response, 409, 'report-already-reviewed');
    expect(response.body.currentStatus).toBe('dispatched');
    expect(await outboxRows('report.confirmed', report.id)).toHaveLength(1);
  });

  it('answers a confirmation retried by the same reviewer with 200 and the report, recording it once', async () => {
    const report = await submit(newWorker());
    const staff = communityStaff();
    const first = await as(staff).post(`/reports/${report.id}/confirm`).send({ note: '已核实' }).expect(200);

    const retry = await as(staff).post(`/reports/${report.id}/confirm`).send({ note: '已核实' });

    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(await outboxRows('report.confirmed', report.id)).toHaveLength(1);
    expect(await count('SELECT count(*) FROM report_history WHERE report_id = $1', [report.id])).toBe(3);
  });

  it('answers a rejection retried by the same reviewer with 200, and 409 to the same reviewer changing the verdict', async () => {
    const report = await submit(newWorker());
    const staff = communityStaff();
    await as(staff).post(`/reports/${report.id}/reject`).send({ reasonCode: 'insufficient-evidence', note: '照片不清晰' }).expect(200);

    const retry = await as(staff).post(`/reports/${report.id}/reject`).send({ reasonCode: 'insufficient-evidence', note: '照片不清晰' });
    const otherReason = await as(staff).post(`/reports/${report.id}/reject`).send({ reasonCode: 'duplicate', note: '重复上报' });
    const confirmation = await as(staff).post(`/reports/${report.id}/confirm`).send({});

    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ status: 'rejected', rejectionReason: '照片不清晰', reviewedBy: staff.id });
    expectProblem(otherReason, 409, 'report-already-reviewed');
    expectProblem(confirmation, 409, 'report-already-reviewed');
    expect(await outboxRows('report.rejected', report.id)).toHaveLength(1);
    expect(await outboxRows('report.confirmed', report.id)).toHaveLength(0);
  });

  it('answers both of two identical confirmations sent at once with 200, recording one', async () => {
    const report = await submit(newWorker());
    const staff = communityStaff();

    const responses = await Promise.all([1, 2].map(() => as(staff).post(`/reports/${report.id}/confirm`).send({})));

    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    expect(await outboxRows('report.confirmed', report.id)).toHaveLength(1);
    expect(await count('SELECT count(*) FROM report_history WHERE report_id = $1', [report.id])).toBe(3);
  });

  it('lets exactly one of two staff confirming at the same time win', async () => {
    const report = await submit(newWorker());

    const responses = await Promise.all(
      [communityStaff(), communityStaff()].map((staff) => as(staff).post(`/reports/${report.id}/confirm`).send({})),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    expect(responses.find((response) => response.status === 409)?.body.code).toBe('report-already-reviewed');
    expect(await outboxRows('report.confirmed', report.id)).toHaveLength(1);
    expect(await count('SELECT count(*) FROM report_history WHERE report_id = $1', [report.id])).toBe(3);
  });

  it('answers 503 to a review of a report locked elsewhere once the lock timeout passes, and reviews the others', async () => {
    const [stuck, free] = [await submit(newWorker()), await submit(newWorker())];
    const otherSession = new Client({ connectionString: databaseUrl(database) });
    await otherSession.connect();
    await otherSession.query('BEGIN');
    await otherSession.query('SELECT id FROM reports WHERE id = $1 FOR UPDATE', [stuck.id]);
    let answers;
    try {
      answers = await Promise.all([stuck, free].map((report) => as(communityStaff()).post(`/reports/${report.id}/confirm`).send({})));
    } finally {
      await otherSession.query('ROLLBACK');
      await otherSession.end();
    }

    expectProblem(answers[0], 503, 'resource-busy');
    expect(answers[1].status).toBe(200);
    expect((await as(communityStaff()).get(`/reports/${stuck.id}`).expect(200)).body.status).toBe('submitted');
    expect(await outboxRows('report.confirmed', stuck.id)).toHaveLength(0);
    await as(communityStaff()).post(`/reports/${stuck.id}/confirm`).send({}).expect(200);
  });

  it('answers 400 naming reasonCode to a rejection without a known one, and changes nothing', async () => {
    const report = await submit(newWorker());

    for (const body of [{}, { reasonCode: 'boring' }, { note: '照片不清晰' }]) {
      const response = await as(communityStaff()).post(`/reports/${report.id}/reject`).send(body);
      expectProblem(response, 400, 'validation-failed');
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'reasonCode' })]);
    }
    expect((await as(communityStaff()).get(`/reports/${report.id}`).expect(200)).body.status).toBe('submitted');
  });

  it('rejects a report with a reason and records one report.rejected event', async () => {
    const report = await submit(newWorker());

    const response = await as(communityStaff())
      .post(`/reports/${report.id}/reject`)
      .send({ reasonCode: 'insufficient-evidence', note: '照片不清晰' })
      .expect(200);

    expect(response.body).toMatchObject({ status: 'rejected', rejectionReason: '照片不清晰', rejectionCode: 'insufficient-evidence' });
    expect(response.body.history[1]).toMatchObject({
      from: 'submitted',
      status: 'rejected',
      reasonCode: 'insufficient-evidence',
      note: '照片不清晰',
    });
    const events = await outboxRows('report.rejected', report.id);
    expect(events.map((event) => event.envelope.payload)).toEqual([
      expect.objectContaining({ reason: '照片不清晰', reasonCode: 'insufficient-evidence', note: '照片不清晰' }),
    ]);
    // report.rejected is still v1: the category it names is the fixed one nearest the report's group.
    expect(events[0].envelope.payload.category).toBe('sanitation');
  });

  it('reviews a burst of reports together: each gets its own answer, a repeat and an unknown id are refused', async () => {
    const reports = await Promise.all(Array.from({ length: 9 }, () => submit(newWorker())));
    const staff = communityStaff();

    const [repeat, unknown, ...responses] = await Promise.all([
      as(communityStaff()).post(`/reports/${reports[0].id}/confirm`).send({}),
      as(staff).post(`/reports/${uuidv7()}/confirm`).send({}),
      ...reports.map((report) => as(staff).post(`/reports/${report.id}/confirm`).send({})),
    ]);

    expect([repeat.status, responses[0].status].sort()).toEqual([200, 409]);
    expectProblem(unknown, 404, 'report-not-found');
    expect(responses.slice(1).map((response) => [response.status, response.body.id, response.body.status])).toEqual(
      reports.slice(1).map((report) => [200, report.id, 'dispatched']),
    );
    for (const report of reports) expect(await outboxRows('report.confirmed', report.id)).toHaveLength(1);
    // Requests that arrived while a review transaction was running were written together in the next one.
    const transactions = await queryDatabase(
      database,
      `SELECT DISTINCT xmin FROM report_history WHERE status = 'confirmed' AND report_id = ANY($1::uuid[])`,
      [reports.map((report) => report.id)],
    );
    expect(transactions.length).toBeLessThan(reports.length);
  });

  it('confirms a report addressed by its id in upper case', async () => {
    const report = await submit(newWorker());

    const response = await as(communityStaff()).post(`/reports/${report.id.toUpperCase()}/confirm`).send({}).expect(200);

    expect(response.body).toMatchObject({ id: report.id, status: 'dispatched' });
    expect(await outboxRows('report.confirmed', report.id)).toHaveLength(1);
  });

  it('answers 404 report-not-found when confirming an unknown report, and 400 for a non-UUID id', async () => {
    expectProblem(await as(communityStaff()).post(`/reports/${uuidv7()}/confirm`).send({}), 404, 'report-not-found');
    expectProblem(await as(communityStaff()).post('/reports/42/confirm').send({}), 400, 'bad-request');
  });
});

/** Community staff of a community of its own, so a test's queue and counts hold only that test's reports. */
const freshCommunity = () => `4201150${String(Math.floor(Math.random() * 100_000)).padStart(5, '0')}`;

/** A place of its own for a test's reports, far from every other test's (duplicates are found by place). */
/**
 * A place in EAST no other test has used: a grid of 12 rows about 220 m apart and columns about 290 m apart in the
 * map's south, so no two are within duplicate distance of each other or of jiangxiaReport (west of the grid), and a
 * test may go 5 km north of one and stay on the map.
 */
let placesUsed = 0;
const freshPlace = () => {
  const index = placesUsed++;
  return { lat: 30.335 + (index % 12) * 0.002, lng: 114.325 + Math.floor(index / 12) * 0.003, accuracyMeters: 10 };
};

/** `metres` north of `place` (on a sphere of the Earth's mean radius, as duplicate detection measures). */
const north = (place: { lat: number; lng: number; accuracyMeters: number }, metres: number) => ({
  ...place,
  lat: place.lat + metres / ((6_371_008.8 * Math.PI) / 180),
});

const department = (): Actor => actorSchema.parse({ id: `dept-${uuidv7()}`, role: 'department', scopes: { department: 'sanitation' } });

/** Moves a report through the transition service, as departments will (they have no routes yet). */
async function move(reportId: string, to: ReportStatus, mover: Mover): Promise<void> {
  const transitions = sut.get(ReportTransitions);
  await sut.get(DataSource).transaction(async (manager) => {
    const report = await transitions.lockOne(manager, reportId);
    await transitions.apply(manager, [{ report: report as LockedReport, to, mover }], new Date());
  });
}

/** The moves (and who makes each) that take a submitted report to each state. */
function pathTo(status: ReportStatus, reporter: Actor): [ReportStatus, Mover][] {
  const staff = communityStaff();
  const dept = department();
  const resolved: [ReportStatus, Mover][] = [
    ['confirmed', staff],
    ['dispatched', staff],
    ['acknowledged', dept],
    ['in-progress', dept],
    ['resolved', dept],
  ];
  const paths: Record<ReportStatus, [ReportStatus, Mover][]> = {
    submitted: [],
    confirmed: resolved.slice(0, 1),
    rejected: [['rejected', staff]],
    merged: [['merged', staff]],
    dispatched: resolved.slice(0, 2),
    acknowledged: resolved.slice(0, 3),
    'in-progress': resolved.slice(0, 4),
    resolved,
    closed: [...resolved, ['closed', reporter]],
    reopened: [...resolved, ['reopened', reporter]],
    'not-responsible': [...resolved.slice(0, 2), ['not-responsible', dept]],
    'closed-not-fixed': [...resolved.slice(0, 3), ['closed-not-fixed', dept]],
  };
  return paths[status];
}

async function reportIn(status: ReportStatus, reporter = newWorker(), body: object = jiangxiaReport): Promise<ReportView> {
  const report = await submit(reporter, body);
  for (const [to, mover] of pathTo(status, reporter)) await move(report.id, to, mover);
  return (await as(reporter).get(`/reports/${report.id}`).expect(200)).body as ReportView;
}

/** What a refused request must leave as it was. */
const footprint = async (reportId: string) => ({
  status: (await queryDatabase<{ status: string }>(database, 'SELECT status FROM reports WHERE id = $1', [reportId]))[0].status,
  history: await count('SELECT count(*) FROM report_history WHERE report_id = $1', [reportId]),
  events: await count('SELECT count(*) FROM outbox_messages WHERE message_key = $1', [reportId]),
  cases: await count('SELECT count(*) FROM report_case_reporters WHERE report_id = $1 OR case_id = $1', [reportId]),
});

describe('the report lifecycle', () => {
  const states = reportStatusSchema.options;

  it.each(states.filter((status) => status !== 'submitted'))(
    'answers 409 naming from and to for every review and feedback a %s report cannot take, writing nothing',
    async (status) => {
      const reporter = newWorker();
      const report = await reportIn(status, reporter);
      const other = await submit(newWorker());
      const staff = communityStaff();
      const before = await footprint(report.id);

      const attempts = [
        { to: 'confirmed', response: await as(staff).post(`/reports/${report.id}/confirm`).send({ severity: 'high' }) },
        { to: 'rejected', response: await as(staff).post(`/reports/${report.id}/reject`).send({ reasonCode: 'not-a-problem' }) },
        { to: 'merged', response: await as(staff).post(`/reports/${report.id}/merge`).send({ caseId: other.id }) },
        ...(status === 'resolved'
          ? []
          : [
              { to: 'closed', response: await as(reporter).post(`/reports/${report.id}/feedback`).send({ fixed: true }) },
              { to: 'reopened', response: await as(reporter).post(`/reports/${report.id}/feedback`).send({ fixed: false }) },
            ]),
      ];

      for (const { to, response } of attempts) {
        expect([response.status, response.body.code, response.body.from, response.body.to]).toEqual([
          409,
          ['confirmed', 'rejected', 'merged'].includes(to) ? 'report-already-reviewed' : 'transition-not-allowed',
          status,
          to,
        ]);
      }
      expect(await footprint(report.id)).toEqual(before);
    },
  );

  it('records who (id and role), from, to and why for every move, and shows the history to the reporter and staff only', async () => {
    const reporter = newWorker();
    const staff = communityStaff();
    const report = await submit(reporter);

    await as(staff).post(`/reports/${report.id}/confirm`).send({ severity: 'urgent', note: '有安全隐患' }).expect(200);

    const seen = (await as(reporter).get(`/reports/${report.id}`).expect(200)).body as ReportView;
    expect(seen.severity).toBe('urgent');
    expect(
      seen.history.map(({ from, status, actorId, actorRole, reasonCode, note }) => ({
        from,
        status,
        actorId,
        actorRole,
        reasonCode,
        note,
      })),
    ).toEqual([
      { from: null, status: 'submitted', actorId: reporter.id, actorRole: 'worker', reasonCode: null, note: null },
      { from: 'submitted', status: 'confirmed', actorId: staff.id, actorRole: 'community-staff', reasonCode: null, note: '有安全隐患' },
      { from: 'confirmed', status: 'dispatched', actorId: staff.id, actorRole: 'community-staff', reasonCode: null, note: null },
    ]);
    expect((await as(communityStaff()).get(`/reports/${report.id}`).expect(200)).body.history).toEqual(seen.history);
    expectProblem(await as(newWorker()).get(`/reports/${report.id}`), 404, 'report-not-found');
    expect((await outboxRows('report.confirmed', report.id))[0].envelope.payload.severity).toBe('urgent');
  });

  it('answers 404 to staff of another community, for reading and for every review, and changes nothing', async () => {
    const report = await submit(newWorker());
    const outsider = communityStaff(OTHER_COMMUNITY);
    const before = await footprint(report.id);

    expectProblem(await as(outsider).get(`/reports/${report.id}`), 404, 'report-not-found');
    expectProblem(await as(outsider).post(`/reports/${report.id}/confirm`).send({}), 404, 'report-not-found');
    expectProblem(await as(outsider).post(`/reports/${report.id}/reject`).send({ reasonCode: 'duplicate' }), 404, 'report-not-found');
    expectProblem(await as(outsider).get(`/reports/${report.id}/duplicates`), 404, 'report-not-found');
    expectProblem(await as(outsider).post(`/reports/${report.id}/keep-apart`), 404, 'report-not-found');
    expect(await footprint(report.id)).toEqual(before);
  });

  it('refuses a staff member reviewing their own report with 403, and lets an admin review a report outside every community', async () => {
    const staff = communityStaff();
    // Only workers file reports; a report that names the reviewer as its reporter (a filing from before that rule)
    // stands for one's own.
    const own = await submit(newWorker());
    await queryDatabase(database, `UPDATE reports SET reporter_id = $1 WHERE id = $2`, [staff.id, own.id]);
    const unplaced = await submit(newWorker(), jiangxiaReport, null);

    expectProblem(await as(staff).post(`/reports/${own.id}/confirm`).send({}), 403, 'move-not-permitted');
    expectProblem(await as(communityStaff()).post(`/reports/${unplaced.id}/confirm`).send({}), 404, 'report-not-found');
    const admin = actorSchema.parse({ id: `admin-${uuidv7()}`, role: 'admin' });
    expect((await as(admin).post(`/reports/${unplaced.id}/confirm`).send({}).expect(200)).body).toMatchObject({
      status: 'dispatched',
      severity: 'medium',
    });
  });
});

describe(ReviewQueue.name, () => {
  async function queue(actor: Actor, query = '') {
    return (await as(actor).get(`/review-queue${query}`).expect(200)).body as {
      items: ReportView[];
      nextCursor: string | null;
      counts: { total: number; byCategory: { category: string; count: number }[]; duplicates: number };
    };
  }

  it("lists its community's submitted reports oldest first, page by page, with counts, and none of another community", async () => {
    const community = freshCommunity();
    const staff = communityStaff(community);
    const place = freshPlace();
    const filed: ReportView[] = [];
    for (const [i, category] of ['exposed-garbage', 'damaged-road-or-railing', 'exposed-garbage', 'littering'].entries()) {
      filed.push(await submit(newWorker(), { ...jiangxiaReport, category, location: north(place, i * 1_000) }, community));
    }
    // Submitted in this order, but the second one has waited longest.
    await queryDatabase(database, `UPDATE reports SET submitted_at = now() - interval '3 hours' WHERE id = $1`, [filed[1].id]);
    await as(staff).post(`/reports/${filed[3].id}/confirm`).send({}).expect(200);
    await submit(newWorker(), { ...jiangxiaReport, location: freshPlace() }, freshCommunity());

    const pages: string[][] = [];
    let page = await queue(staff, '?limit=2');
    pages.push(page.items.map((item) => item.id));
    while (page.nextCursor) {
      page = await queue(staff, `?limit=2&cursor=${page.nextCursor}`);
      pages.push(page.items.map((item) => item.id));
    }

    expect(pages).toEqual([[filed[1].id, filed[0].id], [filed[2].id]]);
    expect(page.counts).toEqual({
      total: 3,
      byCategory: [
        { category: 'damaged-road-or-railing', count: 1 },
        { category: 'exposed-garbage', count: 2 },
      ],
      duplicates: 0,
    });
    expect((await queue(communityStaff(freshCommunity()))).items.map((item) => item.id)).not.toContain(filed[0].id);
  });

  it('filters by category, minimum age and flagged duplicates; admins see every community or the one they name', async () => {
    const community = freshCommunity();
    const staff = communityStaff(community);
    const place = freshPlace();
    const old = await submit(newWorker(), { ...jiangxiaReport, location: place }, community);
    await queryDatabase(database, `UPDATE reports SET submitted_at = now() - interval '2 hours' WHERE id = $1`, [old.id]);
    const duplicate = await submit(newWorker(), { ...jiangxiaReport, location: north(place, 10) }, community);
    const road = await submit(
      newWorker(),
      { ...jiangxiaReport, category: 'damaged-road-or-railing', location: north(place, 5_000) },
      community,
    );
    const ids = (page: { items: ReportView[] }) => page.items.map((item) => item.id);

    expect(ids(await queue(staff, '?category=damaged-road-or-railing'))).toEqual([road.id]);
    expect(ids(await queue(staff, '?minAgeMinutes=60'))).toEqual([old.id]);
    expect(ids(await queue(staff, '?duplicatesOnly=true'))).toEqual([duplicate.id]);
    expect((await queue(staff, '?duplicatesOnly=true')).counts).toMatchObject({ total: 3, duplicates: 1 });
    const admin = actorSchema.parse({ id: `admin-${uuidv7()}`, role: 'admin' });
    expect(ids(await queue(admin, `?community=${community}&limit=100`))).toEqual([old.id, duplicate.id, road.id]);
    expect(ids(await queue(staff, `?community=${freshCommunity()}`))).toEqual([]);
    expectProblem(await as(newWorker()).get('/review-queue'), 403, 'review-not-allowed');
    expectProblem(await as(staff).get('/review-queue?cursor=yesterday'), 422, 'invalid-cursor');
  });
});

describe(DuplicateMerging.name, () => {
  const duplicateOf = async (body: object) => (await submit(newWorker(), body)).duplicateOf;

  it('flags a report 49 m from an open one of its category as its likely duplicate, and not one 51 m away', async () => {
    const place = freshPlace();
    const first = await submit(newWorker(), { ...jiangxiaReport, location: place });

    expect(await duplicateOf({ ...jiangxiaReport, location: north(place, 49) })).toBe(first.id);
    expect(await duplicateOf({ ...jiangxiaReport, location: north(place, -51) })).toBeNull();
  });

  it('looks back 24 hours: one submitted 23 h 59 min before is a candidate, one 24 h 1 min before is not', async () => {
    const [near, far] = [freshPlace(), freshPlace()];
    const recent = await submit(newWorker(), { ...jiangxiaReport, location: near });
    const stale = await submit(newWorker(), { ...jiangxiaReport, location: far });
    await queryDatabase(database, `UPDATE reports SET submitted_at = now() - interval '23 hours 59 minutes' WHERE id = $1`, [recent.id]);
    await queryDatabase(database, `UPDATE reports SET submitted_at = now() - interval '24 hours 1 minute' WHERE id = $1`, [stale.id]);

    expect(await duplicateOf({ ...jiangxiaReport, location: north(near, 5) })).toBe(recent.id);
    expect(await duplicateOf({ ...jiangxiaReport, location: north(far, 5) })).toBeNull();
  });

  it('ignores another category and reports that have ended (rejected, closed), and links to the earliest of several', async () => {
    const place = freshPlace();
    const ended = await submit(newWorker(), { ...jiangxiaReport, location: place });
    await as(communityStaff()).post(`/reports/${ended.id}/reject`).send({ reasonCode: 'not-a-problem' }).expect(200);
    await submit(newWorker(), { ...jiangxiaReport, category: 'damaged-road-or-railing', location: place });
    await reportIn('closed', newWorker(), { ...jiangxiaReport, location: north(place, 10) });

    const earliest = await submit(newWorker(), { ...jiangxiaReport, location: north(place, 20) });
    expect(earliest.duplicateOf).toBeNull();
    await submit(newWorker(), { ...jiangxiaReport, location: north(place, 30) });
    expect(await duplicateOf({ ...jiangxiaReport, location: north(place, 25) })).toBe(earliest.id);
  });

  it('merges duplicates into the case with their reporters in order, a repeat reporter counted once, and tells the worker', async () => {
    const place = freshPlace();
    const [first, second] = [newWorker(), newWorker()];
    const kase = await submit(first, { ...jiangxiaReport, location: place });
    const bySecond = await submit(second, { ...jiangxiaReport, location: north(place, 10) });
    const byFirstAgain = await submit(first, { ...jiangxiaReport, location: north(place, 20) });
    const staff = communityStaff();

    const side = (await as(staff).get(`/reports/${bySecond.id}/duplicates`).expect(200)).body;
    expect([side.report.id, side.candidates.map((candidate: ReportView) => candidate.id)]).toEqual([bySecond.id, [kase.id]]);
    const merged = (await as(staff).post(`/reports/${bySecond.id}/merge`).send({ caseId: kase.id }).expect(200)).body;
    await as(staff).post(`/reports/${byFirstAgain.id}/merge`).send({ caseId: kase.id }).expect(200);
    const retry = await as(staff).post(`/reports/${bySecond.id}/merge`).send({ caseId: kase.id });

    expect(merged).toMatchObject({ status: 'merged', mergedInto: kase.id });
    expect(retry.status).toBe(200);
    expect((await as(second).get(`/reports/${bySecond.id}`).expect(200)).body).toMatchObject({ status: 'merged', mergedInto: kase.id });
    const events = [...(await outboxRows('report.merged', bySecond.id)), ...(await outboxRows('report.merged', byFirstAgain.id))];
    expect(events.map((event) => event.envelope.payload)).toEqual([
      expect.objectContaining({
        caseId: kase.id,
        reportId: bySecond.id,
        reporterId: second.id,
        reporterPosition: 2,
        alreadyReportedCase: false,
      }),
      expect.objectContaining({
        caseId: kase.id,
        reportId: byFirstAgain.id,
        reporterId: first.id,
        reporterPosition: 1,
        alreadyReportedCase: true,
      }),
    ]);
    const reporters = await queryDatabase<{ reporter_id: string; reporter_position: number }>(
      database,
      'SELECT reporter_id, reporter_position FROM report_case_reporters WHERE case_id = $1 ORDER BY joined_at',
      [kase.id],
    );
    expect(reporters).toEqual([
      { reporter_id: first.id, reporter_position: 1 },
      { reporter_id: second.id, reporter_position: 2 },
      { reporter_id: first.id, reporter_position: 1 },
    ]);
  });

  it('keeps a flagged report apart, refuses a case that has ended or the report itself, and refuses workers', async () => {
    const place = freshPlace();
    const kase = await submit(newWorker(), { ...jiangxiaReport, location: place });
    const flagged = await submit(newWorker(), { ...jiangxiaReport, location: north(place, 10) });
    const staff = communityStaff();
    await as(staff).post(`/reports/${kase.id}/reject`).send({ reasonCode: 'not-a-problem' }).expect(200);
    const before = await footprint(flagged.id);

    expectProblem(await as(staff).post(`/reports/${flagged.id}/merge`).send({ caseId: kase.id }), 409, 'case-not-open');
    expectProblem(await as(staff).post(`/reports/${flagged.id}/merge`).send({ caseId: flagged.id }), 409, 'merge-into-itself');
    expectProblem(await as(newWorker()).post(`/reports/${flagged.id}/merge`).send({ caseId: kase.id }), 403, 'review-not-allowed');
    expect(await footprint(flagged.id)).toEqual(before);
    const apart = (await as(staff).post(`/reports/${flagged.id}/keep-apart`).expect(200)).body;
    expect(apart).toMatchObject({ status: 'submitted', duplicateOf: null });
  });
});

describe(ReportFeedback.name, () => {
  const backdateResolution = (reportId: string, interval: string) =>
    queryDatabase(database, `UPDATE report_history SET at = now() - $2::interval WHERE report_id = $1 AND status = 'resolved'`, [
      reportId,
      interval,
    ]);

  it('reopens a resolved report the reporter says is not fixed within 7 days, with report.reopened', async () => {
    const reporter = newWorker();
    const report = await reportIn('resolved', reporter);
    await backdateResolution(report.id, '6 days 23 hours');

    const answer = (await as(reporter).post(`/reports/${report.id}/feedback`).send({ fixed: false }).expect(200)).body as ReportView;

    expect(answer.status).toBe('reopened');
    expect(answer.history.at(-1)).toMatchObject({ from: 'resolved', status: 'reopened', actorId: reporter.id, actorRole: 'worker' });
    expect((await outboxRows('report.reopened', report.id)).map((event) => event.envelope.payload)).toEqual([
      expect.objectContaining({ reportId: report.id, reporterId: reporter.id, communityCode: COMMUNITY }),
    ]);
    await move(report.id, 'dispatched', communityStaff());
  });

  it('closes a resolved report the reporter says is fixed, with report.closed, even after 7 days', async () => {
    const reporter = newWorker();
    const report = await reportIn('resolved', reporter);
    await backdateResolution(report.id, '8 days');

    const answer = await as(reporter).post(`/reports/${report.id}/feedback`).send({ fixed: true }).expect(200);

    expect(answer.body.status).toBe('closed');
    expect(await outboxRows('report.closed', report.id)).toHaveLength(1);
  });

  it('refuses "not fixed" after 7 days with 409, and feedback from anyone but the reporter, writing nothing', async () => {
    const reporter = newWorker();
    const report = await reportIn('resolved', reporter);
    await backdateResolution(report.id, '7 days 1 minute');
    const before = await footprint(report.id);

    expectProblem(await as(reporter).post(`/reports/${report.id}/feedback`).send({ fixed: false }), 409, 'feedback-window-closed');
    expectProblem(await as(newWorker()).post(`/reports/${report.id}/feedback`).send({ fixed: true }), 404, 'report-not-found');
    expectProblem(await as(communityStaff()).post(`/reports/${report.id}/feedback`).send({ fixed: true }), 403, 'move-not-permitted');
    expect(await footprint(report.id)).toEqual(before);
  });
});

describe(CategoryCatalog.name, () => {
  const admin: ActorInput = { id: `admin-${uuidv7()}`, role: 'admin' };
  const label = { 'zh-CN': '问题', en: 'Question' };
  const newCategory = (overrides: object = {}) => ({
    code: `test-${uuidv7().slice(-12)}`,
    group: 'facilities',
    name: { 'zh-CN': '公厕故障', en: 'Public toilet out of order' },
    description: { 'zh-CN': '公厕无法使用', en: 'A public toilet that cannot be used' },
    questions: [
      {
        code: 'water',
        type: 'single-choice',
        required: true,
        label,
        options: [
          { code: 'none', label },
          { code: 'some', label },
        ],
      },
    ],
    ...overrides,
  });

  it("lists the seeded taxonomy's active categories anonymously, in the city's order, with their questions", async () => {
    const { items } = (await as().get('/report-categories').expect(200)).body as { items: ReportCategoryView[] };

    const seeded = items.filter((category) => !category.code.startsWith('test-'));
    expect(seeded.map((category) => category.group)).toEqual([
      ...['environment', 'environment', 'environment', 'obstruction', 'obstruction', 'facilities', 'facilities', 'facilities'],
      ...['safety', 'safety', 'safety', 'people', 'people', 'people', 'other'],
    ]);
    expect(seeded.filter((category) => category.private).map((category) => category.code)).toEqual([
      'elderly-living-alone',
      'person-in-distress',
    ]);
    const fire = seeded.find((category) => category.code === 'fire-hazard');
    expect(fire?.questions[0]).toMatchObject({
      code: 'fire-or-smoke-now',
      type: 'single-choice',
      required: true,
      options: [
        {
          code: 'yes',
          emergency: { call: '119', guidance: { 'zh-CN': expect.stringContaining('119'), en: expect.stringContaining('119') } },
        },
        { code: 'no' },
      ],
    });
  });

  it('lets an admin add a category: 201, the same again 200, a different one with its code 409', async () => {
    const category = newCategory();

    const created = await as(admin).post('/report-categories').send(category).expect(201);
    const again = await as(admin).post('/report-categories').send(category).expect(200);
    const clash = await as(admin)
      .post('/report-categories')
      .send({ ...category, group: 'safety' });

    expect(created.body).toMatchObject({ ...category, private: false, active: true });
    expect(again.body).toEqual(created.body);
    expectProblem(clash, 409, 'category-exists');
    expect((await as().get(`/report-categories/${category.code}`).expect(200)).body).toEqual(created.body);
  });

  it('answers 403 to anyone but an admin adding or changing a category, and writes nothing', async () => {
    const category = newCategory();

    expectProblem(await as(newStaff()).post('/report-categories').send(category), 403, 'category-admin-only');
    expectProblem(await as(newWorker()).patch('/report-categories/littering').send({ active: false }), 403, 'category-admin-only');
    expectProblem(await as().post('/report-categories').send(category), 401, 'invalid-token');
    expect(await count('SELECT count(*) FROM report_categories WHERE code = $1', [category.code])).toBe(0);
    expect((await as().get('/report-categories/littering').expect(200)).body.active).toBe(true);
  });

  const invalidDefinitions: { name: string; questions: object[]; field: string }[] = [
    {
      name: 'two questions with one code',
      questions: [
        { code: 'same', type: 'text', required: false, label },
        { code: 'same', type: 'number', required: false, label },
      ],
      field: 'questions.1.code',
    },
    {
      name: 'options on a text question',
      questions: [{ code: 'q', type: 'text', required: false, label, options: [{ code: 'a', label }] }],
      field: 'questions.0.options',
    },
    {
      name: 'a choice without options',
      questions: [{ code: 'q', type: 'multiple-choice', required: false, label }],
      field: 'questions.0.options',
    },
    {
      name: 'two options with one code',
      questions: [
        {
          code: 'q',
          type: 'single-choice',
          required: true,
          label,
          options: [
            { code: 'a', label },
            { code: 'a', label },
          ],
        },
      ],
      field: 'questions.0.options.1.code',
    },
    {
      name: 'an emergency number nobody answers',
      questions: [
        {
          code: 'q',
          type: 'single-choice',
          required: true,
          label,
          options: [{ code: 'a', label, emergency: { call: '999', guidance: label } }],
        },
      ],
      field: 'questions.0.options.0.emergency.call',
    },
  ];

  it.each(invalidDefinitions)('refuses $name with 400 naming $field, and writes nothing', async ({ questions, field }) => {
    const category = newCategory({ questions });

    const response = await as(admin).post('/report-categories').send(category);

    expectProblem(response, 400, 'validation-failed');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await count('SELECT count(*) FROM report_categories WHERE code = $1', [category.code])).toBe(0);
  });

  it('deactivates a category instead of deleting it: no longer listed nor offered, still readable, its code unchangeable', async () => {
    const category = newCategory({ questions: [] });
    await as(admin).post('/report-categories').send(category).expect(201);
    const filed = await submit(newWorker(), { ...jiangxiaReport, category: category.code });

    const changed = await as(admin).patch(`/report-categories/${category.code}`).send({ active: false, sortOrder: 5 }).expect(200);

    expect(changed.body).toMatchObject({ code: category.code, active: false, sortOrder: 5, name: category.name });
    const listed = (await as().get('/report-categories').expect(200)).body.items.map((item: ReportCategoryView) => item.code);
    expect(listed).not.toContain(category.code);
    expect((await as().get(`/report-categories/${category.code}`).expect(200)).body.active).toBe(false);
    const refused = await as(newWorker())
      .post('/reports')
      .send({ ...jiangxiaReport, ...anyPhoto, category: category.code });
    expectProblem(refused, 422, 'category-not-offered');
    expect((await as(admin).get(`/reports/${filed.id}`).expect(200)).body.category.code).toBe(category.code);
    const renamed = await as(admin).patch(`/report-categories/${category.code}`).send({ code: 'another-code' });
    expectProblem(renamed, 400, 'validation-failed');
    expectProblem(await as(admin).patch('/report-categories/no-such-category').send({ active: true }), 404, 'category-not-found');
    expectProblem(await as().get('/report-categories/no-such-category'), 404, 'category-not-found');
    expectProblem(await as().get('/report-categories/bad%00code'), 404, 'category-not-found');
  });
});

describe(CityMapProjection.name, () => {
  it('gives a point on the edge two communities share to the lower code, every time', async () => {
    const onEdge = { ...jiangxiaReport, location: { lat: 30.35, lng: 114.32, accuracyMeters: 3 } };

    const reports = await Promise.all([1, 2, 3].map(() => submit(newWorker(), onEdge)));

    expect(reports.map((report) => report.communityCode)).toEqual([WEST, WEST, WEST]);
    expect((await submit(newWorker(), { ...onEdge, location: { ...onEdge.location, lng: 114.320001 } })).communityCode).toBe(EAST);
  });

  it('keeps the latest version of an area, so an older event arriving after a newer one changes nothing', async () => {
    const code = '420115001003';
    const [older, newer] = [new Date(Date.now() - 60_000), new Date()];
    const at = (lng: number) => ({ ...jiangxiaReport, location: { lat: 30.5, lng, accuracyMeters: 5 } });
    const newest = areaUpserted(code, rectangle(114.4, 30.45, 114.42, 30.55), newer);
    const stale = areaUpserted(code, rectangle(114.5, 30.45, 114.52, 30.55), older);

    await publishEvents(Topics.stations, [newest, stale], code);
    await waitFor(() => inboxHas(database, [newest.id, stale.id]), { description: 'both area.upserted events consumed' });

    expect((await submit(newWorker(), at(114.41))).communityCode).toBe(code);
    expectProblem(
      await as(newWorker())
        .post('/reports')
        .send({ ...at(114.51), ...anyPhoto }),
      422,
      'outside-service-area',
    );
    const moved = areaUpserted(code, rectangle(114.5, 30.45, 114.52, 30.55), new Date(newer.getTime() + 1_000));
    await publishEvents(Topics.stations, [moved, moved], code);
    await waitFor(() => inboxHas(database, [moved.id]), { description: 'the newer area.upserted consumed' });
    expect((await submit(newWorker(), at(114.51))).communityCode).toBe(code);
  });
});

describe('report intake refusals', () => {
  const writes = async () => [
    await count('SELECT count(*) FROM reports'),
    await count(`SELECT count(*) FROM outbox_messages WHERE event_type = 'report.submitted'`),
  ];

  it('refuses an emergency answer with 422 emergency, the number to call and the guidance in both languages, writing nothing', async () => {
    const before = await writes();

    const response = await as(newWorker())
      .post('/reports')
      .send({ ...jiangxiaReport, ...anyPhoto, category: 'fire-hazard', answers: { 'fire-or-smoke-now': 'yes' } });

    expectProblem(response, 422, 'emergency');
    expect(response.body).toMatchObject({
      type: '/problems/emergency',
      call: '119',
      question: 'fire-or-smoke-now',
      guidance: { 'zh-CN': expect.stringContaining('119'), en: expect.stringContaining('119') },
    });
    expect(await writes()).toEqual(before);
    expect(
      (await submit(newWorker(), { ...jiangxiaReport, category: 'fire-hazard', answers: { 'fire-or-smoke-now': 'no' } })).answers,
    ).toEqual({
      'fire-or-smoke-now': 'no',
    });
  });

  it('refuses a point no community contains with 422 outside-service-area, writing nothing', async () => {
    const before = await writes();

    const response = await as(newWorker())
      .post('/reports')
      .send({ ...jiangxiaReport, ...anyPhoto, location: { lat: 39.9042, lng: 116.4074, accuracyMeters: 10 } });

    expectProblem(response, 422, 'outside-service-area');
    expect(await writes()).toEqual(before);
  });

  it.each([
    ['a required answer missing', 'broken-manhole-cover', {}, 'answers.open-hole'],
    ['an option the question does not offer', 'broken-manhole-cover', { 'open-hole': 'maybe' }, 'answers.open-hole'],
    ['text for a number', 'overflowing-bins', { 'bin-count': 'three' }, 'answers.bin-count'],
    ['an answer to a question not asked', 'street-light', { colour: 'red' }, 'answers.colour'],
  ])('refuses %s with 422 answers-invalid naming the answer', async (_case, category, answers, field) => {
    const before = await writes();

    const response = await as(newWorker())
      .post('/reports')
      .send({ ...jiangxiaReport, ...anyPhoto, category, answers });

    expectProblem(response, 422, 'answers-invalid');
    expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
    expect(await writes()).toEqual(before);
  });

  it('keeps a capture time within the bound beside the submission time, and refuses one too old or in the future', async () => {
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
    const capturedAt = hoursAgo(70);

    const report = await submit(newWorker(), { ...jiangxiaReport, capturedAt });

    expect(report.capturedAt).toBe(capturedAt);
    expect(report.submittedAt > capturedAt).toBe(true);
    expect((await outboxRows('report.submitted', report.id))[0].envelope.payload.capturedAt).toBe(capturedAt);
    for (const refused of [hoursAgo(72.1), hoursAgo(-0.1)]) {
      const response = await as(newWorker())
        .post('/reports')
        .send({ ...jiangxiaReport, ...anyPhoto, capturedAt: refused });
      expectProblem(response, 422, 'captured-at-out-of-range');
      expect(response.body.capturedAt).toBe(refused);
    }
  });

  it('lets only workers report: staff and admins get 403, and nothing is written', async () => {
    const before = await writes();

    expectProblem(
      await as(newStaff())
        .post('/reports')
        .send({ ...jiangxiaReport, ...anyPhoto }),
      403,
      'reporting-not-allowed',
    );
    expectProblem(
      await as({ id: `admin-${uuidv7()}`, role: 'admin' })
        .post('/reports')
        .send({ ...jiangxiaReport, ...anyPhoto }),
      403,
      'reporting-not-allowed',
    );
    expect(await writes()).toEqual(before);
  });

  it('takes the daily limit of reports from a worker, then answers 429 with Retry-After until midnight; others still report', async () => {
    const worker = newWorker();
    for (let i = 0; i < DAILY_LIMIT; i++) await submit(worker, { ...jiangxiaReport, description: `第${i + 1}条` });

    const refused = await as(worker)
      .post('/reports')
      .send({ ...jiangxiaReport, ...anyPhoto, description: '超出上限' });

    expectProblem(refused, 429, 'daily-report-limit');
    expect(refused.body.limit).toBe(DAILY_LIMIT);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(24 * 3_600);
    expect(await count('SELECT count(*) FROM reports WHERE reporter_id = $1', [worker.id])).toBe(DAILY_LIMIT);
    await submit(newWorker());
  });

  it("files a city system's Open311 requests through the same intake, past a worker's daily limit, its events naming it as the reporter", async () => {
    const client = { id: uuidv7(), role: 'open311-client' as const };
    const filed: string[] = [];
    for (let i = 0; i < DAILY_LIMIT + 1; i++) {
      const response = await as(client)
        .post('/open311/requests')
        .send({ ...jiangxiaReport, description: `热线转来第${i + 1}条` })
        .expect(201);
      filed.push(response.body.service_request_id);
    }

    expect(await count('SELECT count(*) FROM reports WHERE reporter_id = $1 AND reporter_kind = $2', [client.id, 'open311-client'])).toBe(
      DAILY_LIMIT + 1,
    );
    const [submitted] = await outboxRows('report.submitted', filed[0]);
    expect(submitted.envelope.payload).toMatchObject({ reporterId: client.id, reporterKind: 'open311-client', photos: [] });
    expectProblem(await as(newWorker()).post('/open311/requests').send(jiangxiaReport), 403, 'reporting-not-allowed');
  });

  it('holds the daily limit against a burst of submissions sent at once', async () => {
    const worker = newWorker();

    const bodies = await Promise.all(
      Array.from({ length: DAILY_LIMIT + 4 }, (_, i) => reportBy(worker, { ...jiangxiaReport, description: `同时第${i + 1}条` })),
    );
    const responses = await Promise.all(bodies.map((body) => as(worker).post('/reports').send(body)));

    expect(responses.filter((response) => response.status === 201)).toHaveLength(DAILY_LIMIT);
    expect(responses.filter((response) => response.status === 429)).toHaveLength(4);
    expect(await count('SELECT count(*) FROM reports WHERE reporter_id = $1', [worker.id])).toBe(DAILY_LIMIT);
  });

  it("makes a report in a care-referral category private, with the category's group, station and answers kept off the shared topic", async () => {
    const stationId = uuidv7();

    const report = await submit(newWorker(), {
      ...jiangxiaReport,
      category: 'elderly-living-alone',
      stationId,
      answers: { 'last-seen': '三天没见到' },
    });

    expect(report).toMatchObject({
      private: true,
      stationId,
      category: { code: 'elderly-living-alone', group: 'people' },
      answers: { 'last-seen': '三天没见到' },
    });
    const [submitted] = await outboxRows('report.submitted', report.id);
    expect(submitted.envelope.payload).toMatchObject({ private: true, category: { group: 'people' } });
    expect(submitted.envelope.payload).not.toHaveProperty('stationId');
    expect(submitted.envelope.payload).not.toHaveProperty('answers');
  });
});

describe('the reports service port', () => {
  describeCallerVerification(() => sut.getHttpServer(), { method: 'get', path: '/reports' });
});
