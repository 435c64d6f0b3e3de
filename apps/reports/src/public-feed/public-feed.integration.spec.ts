import { INestApplication } from '@nestjs/common';
import { PublicReportView, ReportView } from '@waystation/http-api';
import { expectProblem, newWorker, queryDatabase, serviceAs, startServiceUnderTest } from '@waystation/testing';
import { AppModule } from '../app.module';
import { EAST, publishCityMap, withPhotoOf } from '../areas/test-city-map.spec-helper';
import { reportsConfigSchema } from '../config/reports.config';
import { publicCellCentre } from './public-location-grid';
import { PublicResolvedReports } from './public-resolved-reports.service';

let database: string;
let sut: INestApplication;

const anonymous = () => serviceAs(sut.getHttpServer());

interface Placed {
  report: ReportView;
  location: { lat: number; lng: number };
}

let offset = 0;
/**
 * A report somewhere of its own in EAST of the test city map, private when in a care-referral category, moved straight
 * to `status` (the departments' moves are not built yet).
 */
async function reportIn(status: string, { isPrivate = false } = {}): Promise<Placed> {
  offset += 1;
  const location = { lat: 30.3721 + offset * 0.0071, lng: 114.3217 + offset * 0.0047 };
  const worker = newWorker();
  const report = (
    await serviceAs(sut.getHttpServer(), worker)
      .post('/reports')
      .send(
        await withPhotoOf(sut.getHttpServer(), worker, {
          category: isPrivate ? 'elderly-living-alone' : 'damaged-road-or-railing',
          description: `张阿姨住在3号楼 ${worker.id}`,
          location: { ...location, accuracyMeters: 10 },
        }),
      )
      .expect(201)
  ).body as ReportView;
  expect(report).toMatchObject({ private: isPrivate, communityCode: EAST });
  await queryDatabase(database, 'UPDATE reports SET status = $2 WHERE id = $1', [report.id, status]);
  if (status !== 'submitted') {
    await queryDatabase(
      database,
      `INSERT INTO report_history (report_id, status, actor_id, at) VALUES ($1, 'resolved', 'dept', '2026-12-01T20:00:00Z')`,
      [report.id],
    );
  }
  return { report, location };
}

/** Every entry of the feed, page by page (with `query`), and the raw answers. */
async function wholeFeed(query = ''): Promise<{ items: PublicReportView[]; bodies: string[] }> {
  const items: PublicReportView[] = [];
  const bodies: string[] = [];
  let cursor: string | null = null;
  do {
    const response: { text: string; body: { items: PublicReportView[]; nextCursor: string | null } } = await anonymous()
      .get(`/public/resolved-reports?limit=2${query}${cursor ? `&cursor=${cursor}` : ''}`)
      .expect(200);
    bodies.push(response.text);
    items.push(...response.body.items);
    cursor = response.body.nextCursor;
  } while (cursor);
  return { items, bodies };
}

const bbox = (minLng: number, minLat: number, maxLng: number, maxLat: number) => `&bbox=${minLng},${minLat},${maxLng},${maxLat}`;

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

describe(PublicResolvedReports.name, () => {
  let resolved: Placed;
  let closed: Placed;
  let privateResolved: Placed;
  let open: Placed;

  beforeAll(async () => {
    resolved = await reportIn('resolved');
    closed = await reportIn('closed');
    privateResolved = await reportIn('resolved', { isPrivate: true });
    open = await reportIn('confirmed');
    await reportIn('resolved');
  });

  it('answers anyone, without a token, with resolved and closed reports only', async () => {
    const { items } = await wholeFeed();

    expect(items).toHaveLength(3);
    expect(items.map((item) => item.status).sort()).toEqual(['closed', 'resolved', 'resolved']);
    expect(items.map((item) => item.category)).not.toContain('elderly-living-alone');
  });

  it('never shows a private report, nor the reporter, the description or the report’s id anywhere in the answer', async () => {
    const { bodies } = await wholeFeed();
    const everything = bodies.join('\n');

    for (const { report } of [resolved, closed, privateResolved, open]) {
      expect(everything).not.toContain(report.reporterId);
      expect(everything).not.toContain(report.id);
      expect(everything).not.toContain('张阿姨');
    }
    expect(everything).not.toContain('elderly-living-alone');
  });

  it('publishes the centre of the ~100 m cell instead of the reported point, and dates instead of times', async () => {
    const { items } = await wholeFeed();
    const closedEntry = items.find((item) => item.status === 'closed') as PublicReportView;

    expect(closedEntry.location).toEqual(publicCellCentre(closed.location));
    expect(closedEntry.location).not.toEqual(closed.location);
    expect(Math.abs(closedEntry.location.lat - closed.location.lat)).toBeLessThan(0.0005);
    expect(closedEntry).toMatchObject({ communityCode: EAST, resolvedOn: '2026-12-02' });
    expect(closedEntry.reportedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('filters by a bounding box on the published point, so a tight box around the real point finds nothing', async () => {
    const published = publicCellCentre(resolved.location);
    const around = (point: { lat: number; lng: number }, half: number) =>
      bbox(point.lng - half, point.lat - half, point.lng + half, point.lat + half);

    const near = await wholeFeed(around(published, 0.0001));
    const onTheRealPoint = await wholeFeed(around(resolved.location, 0.00001));

    expect(near.items.map((item) => item.location)).toEqual([published]);
    expect(onTheRealPoint.items).toEqual([]);
  });

  it.each([['1,2,3'], ['a,b,c,d'], ['114.4,30.3,114.3,30.4'], ['114,30,114,91']])('answers 400 for the bounding box %s', async (box) => {
    expectProblem(await anonymous().get(`/public/resolved-reports?bbox=${box}`), 400, 'validation-failed');
  });
});
