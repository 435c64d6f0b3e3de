import { INestApplication } from '@nestjs/common';
import { Actor, ActorInput } from '@waystation/contracts';
import { ReportView } from '@waystation/http-api';
import {
  describeCallerVerification,
  databaseUrl,
  expectProblem,
  newStaff,
  newWorker,
  queryDatabase,
  serviceAs,
  startServiceUnderTest,
  TEST_PHOTO_DIR,
  tinyTestPhoto,
  waitFor,
} from '@waystation/testing';
import { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from './app.module';
import { reportsConfigSchema } from './config/reports.config';
import { ReportIntake } from './reports/report-intake.service';
import { ReportQueries } from './reports/report-queries.service';
import { ReportReview } from './review/report-review.service';

/** The reports service in this process, on its own scratch database and the run's real Kafka. */
const LOCK_TIMEOUT_MS = 1_000;
let database: string;
let sut: INestApplication;

const as = (actor?: ActorInput) => serviceAs(sut.getHttpServer(), actor);

const count = async (sql: string, params: unknown[] = []) =>
  Number((await queryDatabase<{ count: string }>(database, sql, params))[0].count);

const outboxRows = (eventType: string, reportId: string) =>
  queryDatabase<{ envelope: { payload: Record<string, unknown> } }>(
    database,
    'SELECT envelope FROM outbox_messages WHERE event_type = $1 AND message_key = $2',
    [eventType, reportId],
  );

const jiangxiaReport = {
  category: 'exposed-garbage',
  description: '文化大道公交站旁垃圾桶满溢',
  location: { lat: 30.3721, lng: 114.3217 },
  address: '武汉市江夏区文化大道',
};

/** Uploads a tiny photo as `worker`; its id. */
async function uploadPhoto(worker: Actor): Promise<string> {
  return (
    await as(worker)
      .post('/report-photos')
      .set('content-type', 'image/jpeg')
      .send(await tinyTestPhoto())
      .expect(201)
  ).body.id;
}

/** The Jiangxia report with a photo of `worker`'s own. */
async function reportBy(worker: Actor, body: object = jiangxiaReport): Promise<object> {
  return { ...body, photoIds: [await uploadPhoto(worker)] };
}

async function submit(worker: Actor, body: object = jiangxiaReport): Promise<ReportView> {
  return (
    await as(worker)
      .post('/reports')
      .send(await reportBy(worker, body))
      .expect(201)
  ).body as ReportView;
}

beforeAll(async () => {
  const env = (base: Record<string, string>) => ({
    ...base,
    DATABASE_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS),
    REPORTS_PHOTO_DIR: TEST_PHOTO_DIR,
  });
  ({ app: sut, database } = await startServiceUnderTest((base) => AppModule.forRoot(reportsConfigSchema.parse(env(base))), {
    databaseVariable: 'REPORTS_DATABASE_URL',
  }));
}, 60_000);

afterAll(async () => {
  await sut?.close();
});

describe(ReportIntake.name, () => {
  it('writes the report, its history entry and one report.submitted event', async () => {
    const worker = newWorker();

    const report = await submit(worker);

    expect(report).toMatchObject({ ...jiangxiaReport, reporterId: worker.id, status: 'submitted', reviewedAt: null });
    expect(report.history).toEqual([{ status: 'submitted', actorId: worker.id, note: null, at: report.submittedAt }]);
    const [row] = await queryDatabase<{ reporter_id: string; status: string }>(
      database,
      'SELECT reporter_id, status FROM reports WHERE id = $1',
      [report.id],
    );
    expect(row).toEqual({ reporter_id: worker.id, status: 'submitted' });
    expect(await count('SELECT count(*) FROM report_history WHERE report_id = $1', [report.id])).toBe(1);
    const events = await outboxRows('report.submitted', report.id);
    expect(events).toHaveLength(1);
    expect(events[0].envelope.payload).toMatchObject({ reportId: report.id, reporterId: worker.id, category: 'exposed-garbage' });
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
    { name: 'a category not in the list', body: { ...jiangxiaReport, category: 'aliens' }, field: 'category' },
    { name: 'an empty description', body: { ...jiangxiaReport, description: '   ' }, field: 'description' },
    { name: 'latitude 91', body: { ...jiangxiaReport, location: { lat: 91, lng: 114.3 } }, field: 'location.lat' },
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

    expectProblem(await as().post('/reports').send(jiangxiaReport), 401, 'invalid-token');
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
    expect((await as(newStaff()).get(`/reports/${report.id}`).expect(200)).body.id).toBe(report.id);
  });

  it('answers 404 report-not-found for an unknown id', async () => {
    const id = uuidv7();

    const response = await as(newStaff()).get(`/reports/${id}`);

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
  it('confirms a report: status, history and one report.confirmed event', async () => {
    const worker = newWorker();
    const staff = newStaff();
    const report = await submit(worker);

    const response = await as(staff).post(`/reports/${report.id}/confirm`).send({ note: '已核实' }).expect(200);

    expect(response.body).toMatchObject({ id: report.id, status: 'confirmed', reviewedBy: staff.id });
    expect(response.body.history.map((entry: { status: string; note: string | null }) => [entry.status, entry.note])).toEqual([
      ['submitted', null],
      ['confirmed', '已核实'],
    ]);
    const events = await outboxRows('report.confirmed', report.id);
    expect(events).toHaveLength(1);
    expect(events[0].envelope.payload).toMatchObject({
      reportId: report.id,
      reporterId: worker.id,
      confirmedBy: staff.id,
      category: 'exposed-garbage',
    });
  });

  it('answers 403 when a worker tries to confirm, and changes nothing', async () => {
    const report = await submit(newWorker());

    expectProblem(await as(newWorker()).post(`/reports/${report.id}/confirm`).send({}), 403, 'review-not-allowed');
    expect((await as(newStaff()).get(`/reports/${report.id}`).expect(200)).body.status).toBe('submitted');
    expect(await outboxRows('report.confirmed', report.id)).toHaveLength(0);
  });

  it('answers 409 report-already-reviewed to a second confirmation by another reviewer', async () => {
    const report = await submit(newWorker());
    await as(newStaff()).post(`/reports/${report.id}/confirm`).send({}).expect(200);

    const response = await as(newStaff()).post(`/reports/${report.id}/confirm`).send({});

    expectProblem(response, 409, 'report-already-reviewed');
    expect(response.body.currentStatus).toBe('confirmed');
    expect(await outboxRows('report.confirmed', report.id)).toHaveLength(1);
  });

  it('answers a confirmation retried by the same reviewer with 200 and the report, recording it once', async () => {
    const report = await submit(newWorker());
    const staff = newStaff();
    const first = await as(staff).post(`/reports/${report.id}/confirm`).send({ note: '已核实' }).expect(200);

    const retry = await as(staff).post(`/reports/${report.id}/confirm`).send({ note: '已核实' });

    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(await outboxRows('report.confirmed', report.id)).toHaveLength(1);
    expect(await count('SELECT count(*) FROM report_history WHERE report_id = $1', [report.id])).toBe(2);
  });

  it('answers a rejection retried by the same reviewer with 200, and 409 to the same reviewer changing the verdict', async () => {
    const report = await submit(newWorker());
    const staff = newStaff();
    await as(staff).post(`/reports/${report.id}/reject`).send({ reason: '照片不清晰' }).expect(200);

    const retry = await as(staff).post(`/reports/${report.id}/reject`).send({ reason: '照片不清晰' });
    const otherReason = await as(staff).post(`/reports/${report.id}/reject`).send({ reason: '重复上报' });
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
    const staff = newStaff();

    const responses = await Promise.all([1, 2].map(() => as(staff).post(`/reports/${report.id}/confirm`).send({})));

    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    expect(await outboxRows('report.confirmed', report.id)).toHaveLength(1);
    expect(await count('SELECT count(*) FROM report_history WHERE report_id = $1', [report.id])).toBe(2);
  });

  it('lets exactly one of two staff confirming at the same time win', async () => {
    const report = await submit(newWorker());

    const responses = await Promise.all([newStaff(), newStaff()].map((staff) => as(staff).post(`/reports/${report.id}/confirm`).send({})));

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    expect(responses.find((response) => response.status === 409)?.body.code).toBe('report-already-reviewed');
    expect(await outboxRows('report.confirmed', report.id)).toHaveLength(1);
    expect(await count('SELECT count(*) FROM report_history WHERE report_id = $1', [report.id])).toBe(2);
  });

  it('answers 503 to a review of a report locked elsewhere once the lock timeout passes, and reviews the others', async () => {
    const [stuck, free] = [await submit(newWorker()), await submit(newWorker())];
    const otherSession = new Client({ connectionString: databaseUrl(database) });
    await otherSession.connect();
    await otherSession.query('BEGIN');
    await otherSession.query('SELECT id FROM reports WHERE id = $1 FOR UPDATE', [stuck.id]);
    let answers;
    try {
      answers = await Promise.all([stuck, free].map((report) => as(newStaff()).post(`/reports/${report.id}/confirm`).send({})));
    } finally {
      await otherSession.query('ROLLBACK');
      await otherSession.end();
    }

    expectProblem(answers[0], 503, 'resource-busy');
    expect(answers[1].status).toBe(200);
    expect((await as(newStaff()).get(`/reports/${stuck.id}`).expect(200)).body.status).toBe('submitted');
    expect(await outboxRows('report.confirmed', stuck.id)).toHaveLength(0);
    await as(newStaff()).post(`/reports/${stuck.id}/confirm`).send({}).expect(200);
  });

  it('answers 400 naming reason to a rejection without one, and changes nothing', async () => {
    const report = await submit(newWorker());

    for (const body of [{}, { reason: '  ' }]) {
      const response = await as(newStaff()).post(`/reports/${report.id}/reject`).send(body);
      expectProblem(response, 400, 'validation-failed');
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    }
    expect((await as(newStaff()).get(`/reports/${report.id}`).expect(200)).body.status).toBe('submitted');
  });

  it('rejects a report with a reason and records one report.rejected event', async () => {
    const report = await submit(newWorker());

    const response = await as(newStaff()).post(`/reports/${report.id}/reject`).send({ reason: '照片不清晰' }).expect(200);

    expect(response.body).toMatchObject({ status: 'rejected', rejectionReason: '照片不清晰' });
    const events = await outboxRows('report.rejected', report.id);
    expect(events.map((event) => event.envelope.payload.reason)).toEqual(['照片不清晰']);
  });

  it('reviews a burst of reports together: each gets its own answer, a repeat and an unknown id are refused', async () => {
    const reports = await Promise.all(Array.from({ length: 9 }, () => submit(newWorker())));
    const staff = newStaff();

    const [repeat, unknown, ...responses] = await Promise.all([
      as(newStaff()).post(`/reports/${reports[0].id}/confirm`).send({}),
      as(staff).post(`/reports/${uuidv7()}/confirm`).send({}),
      ...reports.map((report) => as(staff).post(`/reports/${report.id}/confirm`).send({})),
    ]);

    expect([repeat.status, responses[0].status].sort()).toEqual([200, 409]);
    expectProblem(unknown, 404, 'report-not-found');
    expect(responses.slice(1).map((response) => [response.status, response.body.id, response.body.status])).toEqual(
      reports.slice(1).map((report) => [200, report.id, 'confirmed']),
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

    const response = await as(newStaff()).post(`/reports/${report.id.toUpperCase()}/confirm`).send({}).expect(200);

    expect(response.body).toMatchObject({ id: report.id, status: 'confirmed' });
    expect(await outboxRows('report.confirmed', report.id)).toHaveLength(1);
  });

  it('answers 404 report-not-found when confirming an unknown report, and 400 for a non-UUID id', async () => {
    expectProblem(await as(newStaff()).post(`/reports/${uuidv7()}/confirm`).send({}), 404, 'report-not-found');
    expectProblem(await as(newStaff()).post('/reports/42/confirm').send({}), 400, 'bad-request');
  });
});

describe('the reports service port', () => {
  describeCallerVerification(() => sut.getHttpServer(), { method: 'get', path: '/reports' });
});
