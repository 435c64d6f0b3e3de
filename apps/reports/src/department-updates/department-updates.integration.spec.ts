import { INestApplication } from '@nestjs/common';
import {
  ActorInput,
  DeadLetterHeaders,
  departmentPrincipal,
  departmentRejectedUpdatesTopic,
  departmentReportsTopic,
  departmentUpdatesTopic,
  Topics,
} from '@waystation/contracts';
import { ReportView } from '@waystation/http-api';
import {
  ensureTestInfraRunning,
  newWorker,
  type PositionedMessage,
  publishRaw,
  queryDatabase,
  readTopicToEnd,
  serviceAs,
  startServiceUnderTest,
  startTestPostgres,
  stopTestPostgres,
  topicEnds,
  type TopicEnds,
  waitFor,
} from '@waystation/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module';
import { communityStaff, publishCityMap, withPhotoOf } from '../areas/test-city-map.spec-helper';
import { reportsConfigSchema } from '../config/reports.config';
import { DepartmentUpdates } from './department-updates.service';

let database: string;
let sut: INestApplication;

const build = (env: Record<string, string>) => AppModule.forRoot(reportsConfigSchema.parse({ ...env, REPORTS_OVERDUE_INTERVAL_MS: '0' }));
const as = (actor?: ActorInput) => serviceAs(sut.getHttpServer(), actor);
const SANITATION = departmentPrincipal('sanitation');
const updatesTopic = departmentUpdatesTopic('sanitation');
const rejectedTopic = departmentRejectedUpdatesTopic('sanitation');

/**
 * A report confirmed in EAST, routed by its category's default rule: exposed-garbage to sanitation,
 * unsafe-e-bike-charging (with its required answer) to fire and property management.
 */
async function confirmed(category: 'exposed-garbage' | 'unsafe-e-bike-charging'): Promise<{ report: ReportView; worker: ActorInput }> {
  const worker = newWorker();
  const answers = category === 'unsafe-e-bike-charging' ? { where: 'stairwell' } : {};
  const body = { category, description: '路口问题待处理', location: { lat: 30.3721, lng: 114.3217, accuracyMeters: 12 }, answers };
  const filed = await as(worker)
    .post('/reports')
    .send(await withPhotoOf(sut.getHttpServer(), worker, body))
    .expect(201);
  const { body: report } = await as(communityStaff())
    .post(`/reports/${(filed.body as ReportView).id}/confirm`)
    .send({ severity: 'medium' })
    .expect(200);
  return { report: report as ReportView, worker };
}

/** Writes to sanitation's updates topic as sanitation's own principal, keyed by report id, in this order. */
const sendAsSanitation = (reportId: string, ...values: (object | string)[]) =>
  publishRaw(
    updatesTopic,
    values.map((value) => ({ key: reportId, value: typeof value === 'string' ? value : JSON.stringify(value) })),
    SANITATION,
  );

const sanitationPartOf = async (reportId: string, worker: ActorInput) =>
  ((await as(worker).get(`/reports/${reportId}`).expect(200)).body as ReportView).departments.find((part) => part.code === 'sanitation');

const updatesOf = (reportId: string) =>
  queryDatabase<{ topic: string; payload: { status: string; note?: string; updatedBy: string } }>(
    database,
    `SELECT topic, envelope->'payload' AS payload FROM outbox_messages WHERE event_type = 'report.updated' AND message_key = $1 ORDER BY seq`,
    [reportId],
  );

/** What arrived on sanitation's rejected topic after `since`, once there are `count` of them. */
async function rejectedSince(since: TopicEnds, count: number): Promise<PositionedMessage[]> {
  return waitFor(
    async () => {
      const messages = await readTopicToEnd(rejectedTopic, since);
      return messages.length >= count ? messages : undefined;
    },
    { description: `${count} messages on ${rejectedTopic}`, timeoutMs: 60_000, intervalMs: 500 },
  );
}

beforeAll(async () => {
  ({ app: sut, database } = await startServiceUnderTest(build, { databaseVariable: 'REPORTS_DATABASE_URL', consumesEvents: true }));
  await publishCityMap(database);
}, 120_000);

afterAll(async () => {
  await ensureTestInfraRunning();
  await sut?.close();
}, 120_000);

describe(DepartmentUpdates.name, () => {
  it("moves the department's part when its principal writes an update, announcing it with report.updated on its topic", async () => {
    const { report, worker } = await confirmed('exposed-garbage');

    await sendAsSanitation(report.id, { updateId: `SAN-${uuidv7()}`, reportId: report.id, action: 'acknowledge', note: '已派车' });

    await waitFor(async () => (await sanitationPartOf(report.id, worker))?.status === 'acknowledged', {
      description: 'sanitation to have acknowledged the report',
      timeoutMs: 30_000,
    });
    expect(await updatesOf(report.id)).toEqual([
      { topic: Topics.reports, payload: expect.objectContaining({ status: 'acknowledged', note: '已派车', updatedBy: SANITATION }) },
      { topic: departmentReportsTopic('sanitation'), payload: expect.objectContaining({ status: 'acknowledged', updatedBy: SANITATION }) },
    ]);
  });

  it('applies an updateId once, and refuses it reused for a different update as a conflict', async () => {
    const { report, worker } = await confirmed('exposed-garbage');
    const since = await topicEnds(rejectedTopic);
    const progress = { updateId: `p-${uuidv7()}`, reportId: report.id, action: 'progress', note: '已到现场' };

    await sendAsSanitation(
      report.id,
      { updateId: `a-${uuidv7()}`, reportId: report.id, action: 'acknowledge' },
      progress,
      progress,
      { ...progress, note: '另一条进展' },
      { updateId: `r-${uuidv7()}`, reportId: report.id, action: 'resolve', note: '已清运' },
    );

    await waitFor(async () => (await sanitationPartOf(report.id, worker))?.status === 'resolved', {
      description: 'sanitation to have resolved the report',
      timeoutMs: 30_000,
    });
    const part = await sanitationPartOf(report.id, worker);
    expect(part?.history.map((step) => [step.status, step.note])).toEqual([
      ['dispatched', null],
      ['acknowledged', null],
      ['in-progress', '已到现场'],
      ['resolved', '已清运'],
    ]);
    const [conflict] = await rejectedSince(since, 1);
    expect(conflict.value).toBe(JSON.stringify({ ...progress, note: '另一条进展' }));
    expect(conflict.headers).toMatchObject({ [DeadLetterHeaders.reason]: 'handler-failed', [DeadLetterHeaders.code]: 'update-id-reused' });
  });

  it("sends what can never succeed to the department's rejected topic with why, moving nothing", async () => {
    const own = await confirmed('exposed-garbage');
    const notOurs = (await confirmed('unsafe-e-bike-charging')).report.id;
    const since = await topicEnds(rejectedTopic);

    await sendAsSanitation(
      own.report.id,
      '{"updateId": "broken',
      { updateId: `x-${uuidv7()}`, reportId: own.report.id, action: 'close' },
      { updateId: `d-${uuidv7()}`, reportId: own.report.id, action: 'acknowledge', departmentCode: 'fire' },
      { updateId: `n-${uuidv7()}`, reportId: own.report.id, action: 'resolve', note: '已清运' },
    );
    await sendAsSanitation(notOurs, { updateId: `o-${uuidv7()}`, reportId: notOurs, action: 'acknowledge' });

    const rejected = await rejectedSince(since, 5);
    const refusals = rejected.map(({ headers }) => [headers[DeadLetterHeaders.reason], headers[DeadLetterHeaders.code]]);
    expect(refusals).toEqual(
      expect.arrayContaining([
        ['malformed-json', 'malformed-json'],
        ['invalid-event', 'invalid-event'],
        ['invalid-event', 'invalid-event'],
        ['handler-failed', 'assignment-move-not-allowed'],
        ['handler-failed', 'report-not-found'],
      ]),
    );
    expect(rejected.find(({ value }) => value?.includes('departmentCode'))?.headers[DeadLetterHeaders.error]).toContain('departmentCode');
    expect(rejected.every(({ headers }) => headers[DeadLetterHeaders.originalTopic] === updatesTopic)).toBe(true);
    expect((await sanitationPartOf(own.report.id, own.worker))?.status).toBe('dispatched');
    expect(
      await queryDatabase(database, `SELECT 1 FROM department_updates WHERE report_id = ANY($1::uuid[])`, [[own.report.id, notOurs]]),
    ).toEqual([]);
  });

  it('keeps an update waiting while PostgreSQL is away and applies it once it is back, never refusing it', async () => {
    const { report, worker } = await confirmed('exposed-garbage');
    const since = await topicEnds(rejectedTopic);

    await stopTestPostgres();
    try {
      await sendAsSanitation(report.id, { updateId: `w-${uuidv7()}`, reportId: report.id, action: 'acknowledge' });
      // Longer than the consumer's retries of a failure it cannot classify take to give up and dead-letter.
      await sleep(5_000);
    } finally {
      await startTestPostgres();
    }

    await waitFor(async () => (await sanitationPartOf(report.id, worker))?.status === 'acknowledged', {
      description: 'sanitation to have acknowledged the report once PostgreSQL was back',
      timeoutMs: 60_000,
      intervalMs: 500,
    });
    expect(await readTopicToEnd(rejectedTopic, since)).toEqual([]);
  }, 120_000);
});
