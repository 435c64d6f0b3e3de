import { INestApplication } from '@nestjs/common';
import { Topics } from '@waystation/contracts';
import { ReportView } from '@waystation/http-api';
import { newWorker, readTopic, serviceAs, startServiceUnderTest, tinyTestPhoto, type ReadMessage } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module';
import { communityStaff, publishCityMap, WEST } from '../areas/test-city-map.spec-helper';
import { reportsConfigSchema } from '../config/reports.config';

let sut: INestApplication;

const as = (actor: Parameters<typeof serviceAs>[1]) => serviceAs(sut.getHttpServer(), actor);

/** This run's own words, so that no other message on the topic, of this run or an earlier one, has them. */
const run = uuidv7();
const description = `3号楼独居老人多日未出门，敲门无人应答（${run}）`;
const address = `江夏区藏龙岛杨桥湖大道18号3栋（${run}）`;
const lastSeen = `上周二在楼下见过一次（${run}）`;
/** In WEST, the community the test city map's staff below are scoped to. */
const location = { lat: 30.3721, lng: 114.3017, accuracyMeters: 12 };
const CONTENT_FIELDS = ['description', 'location', 'address', 'stationId', 'photos', 'photo', 'answers'];

async function upload(worker: ReturnType<typeof newWorker>): Promise<string> {
  const response = await as(worker)
    .post('/report-photos')
    .set('content-type', 'image/jpeg')
    .send(await tinyTestPhoto())
    .expect(201);
  return response.body.id as string;
}

const of = (reportId: string, messages: ReadMessage[]) => messages.filter((message) => message.key === reportId);

/** Every message on `reports.events`, once those of `reportId` include each of `types`. */
function topicOnceItHas(reportId: string, types: string[]): Promise<ReadMessage[]> {
  return readTopic(Topics.reports, (messages) => types.every((type) => of(reportId, messages).some((m) => m.headers.type === type)));
}

beforeAll(async () => {
  let database: string;
  ({ app: sut, database } = await startServiceUnderTest(
    (env) => AppModule.forRoot(reportsConfigSchema.parse({ ...env, REPORTS_OVERDUE_INTERVAL_MS: '0' })),
    { databaseVariable: 'REPORTS_DATABASE_URL', consumesEvents: true },
  ));
  await publishCityMap(database);
}, 90_000);

afterAll(async () => {
  await sut?.close();
});

describe('events of a private report on reports.events', () => {
  it('carry no description, location, address, station, answers or photo of a care referral, from submission to confirmation', async () => {
    const reporter = newWorker();
    const referral = (
      await as(reporter)
        .post('/reports')
        .send({
          category: 'elderly-living-alone',
          description,
          location,
          address,
          stationId: '0195a6b8-2918-7af6-bfb8-1dc21b96ffff',
          answers: { 'last-seen': lastSeen },
          photoIds: [await upload(reporter)],
        })
        .expect(201)
    ).body as ReportView;
    await as(reporter)
      .post(`/reports/${referral.id}/photos`)
      .send({ photoId: await upload(reporter) })
      .expect(201);
    await as(communityStaff(WEST)).post(`/reports/${referral.id}/confirm`).send({}).expect(200);

    const topic = await topicOnceItHas(referral.id, ['report.submitted', 'report.photo-added', 'report.confirmed']);
    const messages = of(referral.id, topic);

    expect(messages.map((message) => `${message.headers.type}.v${message.headers.version}`)).toEqual([
      'report.submitted.v3',
      'report.photo-added.v2',
      'report.confirmed.v3',
    ]);
    for (const message of messages) {
      const payload = JSON.parse(message.value ?? '{}').payload as Record<string, unknown>;
      expect(payload).toMatchObject({ reportId: referral.id, private: true });
      for (const field of CONTENT_FIELDS) expect(payload).not.toHaveProperty(field);
      for (const secret of [String(location.lat), String(location.lng), '/photos/']) expect(message.value).not.toContain(secret);
    }
    // Its words appear nowhere on the topic, under whatever key or type.
    for (const secret of [description, address, lastSeen]) expect(topic.filter((message) => message.value?.includes(secret))).toEqual([]);
    expect(JSON.parse(messages[0].value ?? '{}').payload).toMatchObject({ communityCode: WEST, districtCode: '420115' });
  });

  it('still carry the content of an ordinary report, which the checks above would catch', async () => {
    const reporter = newWorker();
    const report = (
      await as(reporter)
        .post('/reports')
        .send({
          category: 'exposed-garbage',
          description: '垃圾桶满溢',
          location,
          address: '文化大道公交站',
          photoIds: [await upload(reporter)],
        })
        .expect(201)
    ).body as ReportView;

    const [submitted] = of(report.id, await topicOnceItHas(report.id, ['report.submitted']));

    expect(JSON.parse(submitted.value ?? '{}').payload).toMatchObject({
      private: false,
      description: '垃圾桶满溢',
      address: '文化大道公交站',
      location,
    });
    expect(submitted.value).toContain('/photos/');
  });
});
