import { INestApplication } from '@nestjs/common';
import { Actor, ActorInput } from '@waystation/contracts';
import { ReportView } from '@waystation/http-api';
import { expectProblem, newStaff, newWorker, queryDatabase, serviceAs, startServiceUnderTest } from '@waystation/testing';
import { AppModule } from '../app.module';
import { communityStaff, EAST, publishCityMap, WEST, withPhotoOf } from '../areas/test-city-map.spec-helper';
import { reportsConfigSchema } from '../config/reports.config';
import { canSeeReport } from './report-visibility';

let database: string;
let sut: INestApplication;

const as = (actor: ActorInput) => serviceAs(sut.getHttpServer(), actor);
/** The community of the test city map its reports lie in, and the one beside it. */
const HOME = WEST;
const NEIGHBOUR = EAST;

const department = (code: string): ActorInput => ({ id: `dept-${code}-${Date.now()}`, role: 'department', scopes: { department: code } });

/** A report in HOME; a care referral (private by its category) or an ordinary one. */
async function reportBy(reporter: Actor, isPrivate: boolean): Promise<ReportView> {
  const report = (
    await as(reporter)
      .post('/reports')
      .send(
        await withPhotoOf(sut.getHttpServer(), reporter, {
          category: isPrivate ? 'elderly-living-alone' : 'exposed-garbage',
          description: '3号楼独居老人多日未出门',
          location: { lat: 30.3721, lng: 114.3017, accuracyMeters: 12 },
        }),
      )
      .expect(201)
  ).body as ReportView;
  expect(report).toMatchObject({ private: isPrivate, communityCode: HOME });
  return report;
}

/** Whether `actor` finds the report by id and in their list. */
async function sees(actor: ActorInput, reportId: string): Promise<{ read: number; listed: boolean }> {
  const read = (await as(actor).get(`/reports/${reportId}`)).status;
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: ReportView[]; nextCursor: string | null } = (
      await as(actor)
        .get(`/reports?limit=100${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200)
    ).body;
    ids.push(...page.items.map((item: ReportView) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  return { read, listed: ids.includes(reportId) };
}

beforeAll(async () => {
  ({ app: sut, database } = await startServiceUnderTest(
    (env) => AppModule.forRoot(reportsConfigSchema.parse({ ...env, REPORTS_OVERDUE_INTERVAL_MS: '0' })),
    {
      databaseVariable: 'REPORTS_DATABASE_URL',
      consumesEvents: true,
    },
  ));
  await publishCityMap(database);
}, 90_000);

afterAll(async () => {
  await sut?.close();
});

describe(canSeeReport.name, () => {
  const reporter = newWorker();
  let referral: ReportView;
  let ordinary: ReportView;

  beforeAll(async () => {
    referral = await reportBy(reporter, true);
    ordinary = await reportBy(reporter, false);
  });

  it.each([
    ['its reporter', () => reporter],
    ['the staff of its community', () => communityStaff(HOME)],
    ['an admin', (): ActorInput => ({ id: 'admin-1', role: 'admin' })],
    ['the civil-affairs department', () => department('civil-affairs')],
  ])('shows a private report to %s, by id and in lists', async (_who, actor) => {
    expect(await sees(actor(), referral.id)).toEqual({ read: 200, listed: true });
  });

  it.each([
    ['another worker', () => newWorker()],
    ['the staff of another community', () => communityStaff(NEIGHBOUR)],
    ['community staff without communities', () => newStaff()],
    ['another department', () => department('sanitation')],
    ['a station manager', (): ActorInput => ({ id: 'manager-1', role: 'station-manager', scopes: { stations: ['s1'] } })],
  ])('answers 404 to %s, and leaves it out of their lists', async (_who, actor) => {
    const response = await as(actor()).get(`/reports/${referral.id}`);

    expectProblem(response, 404, 'report-not-found');
    expect(await sees(actor(), referral.id)).toEqual({ read: 404, listed: false });
  });

  it('answers 404 to staff of another community reviewing a care referral, and leaves it unreviewed', async () => {
    const fresh = await reportBy(newWorker(), true);

    expectProblem(await as(communityStaff(NEIGHBOUR)).post(`/reports/${fresh.id}/confirm`).send({}), 404, 'report-not-found');
    expectProblem(
      await as(communityStaff(NEIGHBOUR)).post(`/reports/${fresh.id}/reject`).send({ reasonCode: 'not-a-problem', note: '不是问题' }),
      404,
      'report-not-found',
    );
    expect(await queryDatabase(database, 'SELECT status FROM reports WHERE id = $1', [fresh.id])).toEqual([{ status: 'submitted' }]);
    await as(communityStaff(HOME)).post(`/reports/${fresh.id}/confirm`).send({}).expect(200);
  });

  it('shows an ordinary report to the staff of its community only, and not to departments', async () => {
    expect(await sees(communityStaff(HOME), ordinary.id)).toEqual({ read: 200, listed: true });
    expect(await sees(communityStaff(NEIGHBOUR), ordinary.id)).toEqual({ read: 404, listed: false });
    expect(await sees(department('civil-affairs'), ordinary.id)).toEqual({ read: 404, listed: false });
  });
});
