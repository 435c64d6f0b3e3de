import { GetObjectCommand } from '@aws-sdk/client-s3';
import { INestApplication } from '@nestjs/common';
import { Actor, ActorInput } from '@waystation/contracts';
import { ReportView, UploadedPhotoView } from '@waystation/http-api';
import {
  cameraJpeg,
  expectProblem,
  newWorker,
  queryDatabase,
  type S3TestBucket,
  serviceAs,
  startS3TestBucket,
  startServiceUnderTest,
  tinyTestPhoto,
} from '@waystation/testing';
import sharp from 'sharp';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module';
import { communityStaff, publishCityMap } from '../areas/test-city-map.spec-helper';
import { reportsConfigSchema } from '../config/reports.config';

/** The reports service storing photos in a bucket of a real S3-compatible server, with limits low enough to reach. */
const MAX_BYTES = 64 * 1024;
const MAX_PIXELS = 1_000_000;
let s3: S3TestBucket;
let database: string;
let sut: INestApplication;

const as = (actor?: ActorInput) => serviceAs(sut.getHttpServer(), actor);
const count = async (sql: string, params: unknown[] = []) =>
  Number((await queryDatabase<{ count: string }>(database, sql, params))[0].count);

const jiangxiaReport = {
  category: 'exposed-garbage',
  description: '文化大道公交站旁垃圾桶满溢',
  location: { lat: 30.3721, lng: 114.3217, accuracyMeters: 12 },
};

async function upload(worker: Actor, photo?: Buffer): Promise<UploadedPhotoView> {
  const response = await as(worker)
    .post('/report-photos')
    .set('content-type', 'image/jpeg')
    .send(photo ?? (await tinyTestPhoto()))
    .expect(201);
  return response.body as UploadedPhotoView;
}

async function submitWith(worker: Actor, photoIds: string[]): Promise<ReportView> {
  return (
    await as(worker)
      .post('/reports')
      .send({ ...jiangxiaReport, photoIds })
      .expect(201)
  ).body as ReportView;
}

async function storedObject(photoId: string): Promise<Buffer> {
  const [{ storage_key: key }] = await queryDatabase<{ storage_key: string }>(
    database,
    'SELECT storage_key FROM report_photos WHERE id = $1',
    [photoId],
  );
  const { Body } = await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
  return Buffer.from(await (Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray());
}

const outboxPayloads = async (eventType: string, reportId: string) =>
  (
    await queryDatabase<{ envelope: { payload: Record<string, unknown> } }>(
      database,
      'SELECT envelope FROM outbox_messages WHERE event_type = $1 AND message_key = $2 ORDER BY id',
      [eventType, reportId],
    )
  ).map((row) => row.envelope.payload);

beforeAll(async () => {
  s3 = await startS3TestBucket();
  const { endpoint, region, accessKeyId, secretAccessKey } = s3.server;
  ({ app: sut, database } = await startServiceUnderTest((env) => AppModule.forRoot(reportsConfigSchema.parse(env)), {
    databaseVariable: 'REPORTS_DATABASE_URL',
    consumesEvents: true,
    env: {
      REPORTS_PHOTO_STORE: 's3',
      REPORTS_PHOTO_S3_ENDPOINT: endpoint,
      REPORTS_PHOTO_S3_REGION: region,
      REPORTS_PHOTO_S3_BUCKET: s3.bucket,
      REPORTS_PHOTO_S3_ACCESS_KEY_ID: accessKeyId,
      REPORTS_PHOTO_S3_SECRET_ACCESS_KEY: secretAccessKey,
      REPORTS_PHOTO_MAX_BYTES: String(MAX_BYTES),
      REPORTS_PHOTO_MAX_PIXELS: String(MAX_PIXELS),
    },
  }));
  await publishCityMap(database);
}, 300_000);

afterAll(async () => {
  await sut?.close();
  await s3?.stop();
});

describe('photo uploads', () => {
  it('stores a camera JPEG upright with no EXIF, GPS, XMP, IPTC or ICC block left', async () => {
    const original = await cameraJpeg({ width: 64, height: 48 });
    const before = await sharp(original).metadata();
    expect(before).toMatchObject({ orientation: 6, width: 64, height: 48 });
    expect(before.exif?.toString('latin1')).toContain('WaystationTestCam');
    expect(before.xmp).toBeDefined();
    expect(before.icc).toBeDefined();

    const photo = await upload(newWorker(), original);

    const stored = await sharp(await storedObject(photo.id)).metadata();
    expect(stored).toMatchObject({ format: 'jpeg', width: 48, height: 64 });
    expect(stored.exif).toBeUndefined();
    expect(stored.xmp).toBeUndefined();
    expect(stored.iptc).toBeUndefined();
    expect(stored.icc).toBeUndefined();
    expect(stored.orientation).toBeUndefined();
    expect(photo).toMatchObject({ width: 48, height: 64, mime: 'image/jpeg', url: `/api/v1/report-photos/${photo.id}` });
    expect(photo.bytes).toBe((await storedObject(photo.id)).length);
  });

  it('tells the type from the content: a PNG sent as image/jpeg is stored as a PNG', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();

    const photo = await upload(newWorker(), png);

    expect(photo.mime).toBe('image/png');
    expect((await sharp(await storedObject(photo.id)).metadata()).format).toBe('png');
  });

  it('takes uploads from workers only: staff get 403 and nothing is stored', async () => {
    const staff = communityStaff();

    const response = await as(staff)
      .post('/report-photos')
      .set('content-type', 'image/jpeg')
      .send(await tinyTestPhoto());

    expectProblem(response, 403, 'photo-upload-not-allowed');
    expect(await count('SELECT count(*) FROM report_photos WHERE uploader_id = $1', [staff.id])).toBe(0);
  });

  it('refuses a text file renamed to .jpg with 415 unsupported-photo-type, storing nothing', async () => {
    const worker = newWorker();

    const response = await as(worker)
      .post('/report-photos')
      .set('content-type', 'image/jpeg')
      .attach('ignored', Buffer.from('not an image at all\n'), 'receipt.jpg');
    const raw = await as(worker).post('/report-photos').set('content-type', 'image/jpeg').send(Buffer.from('GIF89a? no, plain text'));

    expectProblem(response, 415, 'unsupported-photo-type');
    expectProblem(raw, 415, 'unsupported-photo-type');
    expect(await count('SELECT count(*) FROM report_photos WHERE uploader_id = $1', [worker.id])).toBe(0);
  });

  it('refuses a body over the size limit with 413 photo-too-large, storing nothing', async () => {
    const worker = newWorker();
    const big = await cameraJpeg({ width: 400, height: 300, quality: 95, noisy: true });
    expect(big.length).toBeGreaterThan(MAX_BYTES);

    const response = await as(worker).post('/report-photos').set('content-type', 'image/jpeg').send(big);

    expectProblem(response, 413, 'photo-too-large');
    expect(await count('SELECT count(*) FROM report_photos WHERE uploader_id = $1', [worker.id])).toBe(0);
  });

  it('refuses an image over the pixel limit with 413 photo-too-large', async () => {
    const wide = await sharp({ create: { width: 1_200, height: 1_000, channels: 3, background: '#ffffff' } })
      .jpeg()
      .toBuffer();
    expect(wide.length).toBeLessThan(MAX_BYTES);

    expectProblem(await as(newWorker()).post('/report-photos').set('content-type', 'image/jpeg').send(wide), 413, 'photo-too-large');
  });

  it('answers a retried upload with the same Idempotency-Key with 200 and the first photo', async () => {
    const worker = newWorker();
    const key = `photo-${uuidv7()}`;
    const photo = await tinyTestPhoto();

    const first = await as(worker)
      .post('/report-photos')
      .set('idempotency-key', key)
      .set('content-type', 'image/jpeg')
      .send(photo)
      .expect(201);
    const retry = await as(worker)
      .post('/report-photos')
      .set('idempotency-key', key)
      .set('content-type', 'image/jpeg')
      .send(photo)
      .expect(200);

    expect(retry.body).toEqual(first.body);
    expect(await count('SELECT count(*) FROM report_photos WHERE uploader_id = $1', [worker.id])).toBe(1);
  });

  it("serves an uploaded photo to its uploader and answers 404 to anyone else's", async () => {
    const worker = newWorker();
    const photo = await upload(worker);

    const own = await as(worker).get(`/report-photos/${photo.id}`).buffer(true).expect(200);

    expect(own.headers['content-type']).toBe('image/jpeg');
    expect(Buffer.from(own.body)).toEqual(await storedObject(photo.id));
    expectProblem(await as(newWorker()).get(`/report-photos/${photo.id}`), 404, 'photo-not-found');
  });
});

describe('photos of a report', () => {
  it('attaches the photos named at submission and announces them in report.submitted', async () => {
    const worker = newWorker();
    const [a, b] = [await upload(worker), await upload(worker)];

    const report = await submitWith(worker, [a.id, b.id]);

    const url = (photoId: string) => `/api/v1/reports/${report.id}/photos/${photoId}`;
    expect(report.photos).toEqual([
      { id: a.id, url: url(a.id), width: a.width, height: a.height },
      { id: b.id, url: url(b.id), width: b.width, height: b.height },
    ]);
    const [submitted] = await outboxPayloads('report.submitted', report.id);
    expect(submitted.photos).toEqual(report.photos);
  });

  it("refuses another worker's photo, or one on another report, with 422 and writes nothing", async () => {
    const [owner, other] = [newWorker(), newWorker()];
    const photo = await upload(owner);
    await submitWith(owner, [photo.id]);
    const stranger = await upload(other);

    const used = await as(owner)
      .post('/reports')
      .send({ ...jiangxiaReport, photoIds: [photo.id] });
    const foreign = await as(owner)
      .post('/reports')
      .send({ ...jiangxiaReport, photoIds: [stranger.id] });

    expectProblem(used, 422, 'photo-not-attachable');
    expect(used.body.reason).toBe('attached-elsewhere');
    expectProblem(foreign, 422, 'photo-not-attachable');
    expect(foreign.body.reason).toBe('not-yours');
    expect(await count('SELECT count(*) FROM reports WHERE reporter_id = $1', [owner.id])).toBe(1);
    expect(await count('SELECT count(*) FROM report_photos WHERE id = $1 AND report_id IS NULL', [stranger.id])).toBe(1);
  });

  it('adds a photo before review with one report.photo-added; the same photo again changes nothing', async () => {
    const worker = newWorker();
    const report = await submitWith(worker, [(await upload(worker)).id]);
    const extra = await upload(worker);

    const added = await as(worker).post(`/reports/${report.id}/photos`).send({ photoId: extra.id }).expect(201);
    const again = await as(worker).post(`/reports/${report.id}/photos`).send({ photoId: extra.id }).expect(200);

    expect((added.body as ReportView).photos.map((photo) => photo.id)).toEqual([report.photos[0].id, extra.id]);
    expect(again.body).toEqual(added.body);
    const events = await outboxPayloads('report.photo-added', report.id);
    expect(events).toEqual([
      expect.objectContaining({
        reportId: report.id,
        reporterId: worker.id,
        photoCount: 2,
        photo: expect.objectContaining({ id: extra.id, mime: 'image/jpeg' }),
      }),
    ]);
  });

  it('refuses a fifth photo with 422 too-many-photos', async () => {
    const worker = newWorker();
    const photos = await Promise.all([1, 2, 3, 4].map(() => upload(worker)));
    const report = await submitWith(
      worker,
      photos.map((photo) => photo.id),
    );

    const fifth = await as(worker)
      .post(`/reports/${report.id}/photos`)
      .send({ photoId: (await upload(worker)).id });

    expectProblem(fifth, 422, 'too-many-photos');
  });

  it("answers 404 to a worker adding a photo to another worker's report, 403 to staff", async () => {
    const [owner, intruder] = [newWorker(), newWorker()];
    const report = await submitWith(owner, [(await upload(owner)).id]);

    expectProblem(
      await as(intruder)
        .post(`/reports/${report.id}/photos`)
        .send({ photoId: (await upload(intruder)).id }),
      404,
      'report-not-found',
    );
    expectProblem(
      await as(communityStaff()).post(`/reports/${report.id}/photos`).send({ photoId: uuidv7() }),
      403,
      'photo-addition-not-allowed',
    );
  });

  it('answers 409 to adding a photo once the report was reviewed', async () => {
    const worker = newWorker();
    const report = await submitWith(worker, [(await upload(worker)).id]);
    await as(communityStaff()).post(`/reports/${report.id}/confirm`).send({}).expect(200);

    const late = await as(worker)
      .post(`/reports/${report.id}/photos`)
      .send({ photoId: (await upload(worker)).id });

    expectProblem(late, 409, 'report-already-reviewed');
    expect(await outboxPayloads('report.photo-added', report.id)).toEqual([]);
  });

  it('serves a report photo to its reporter and staff with its type, ETag and private caching; 404 to other workers', async () => {
    const worker = newWorker();
    const photo = await upload(worker);
    const report = await submitWith(worker, [photo.id]);
    const path = `/reports/${report.id}/photos/${photo.id}`;

    const mine = await as(worker).get(path).buffer(true).expect(200);
    const staffs = await as(communityStaff()).get(path).buffer(true).expect(200);
    const cached = await as(worker).get(path).set('if-none-match', mine.headers.etag).expect(304);

    expect(mine.headers).toMatchObject({ 'content-type': 'image/jpeg', 'cache-control': expect.stringContaining('private') });
    expect(Buffer.from(mine.body)).toEqual(await storedObject(photo.id));
    expect(Buffer.from(staffs.body)).toEqual(Buffer.from(mine.body));
    expect(cached.headers.etag).toBe(mine.headers.etag);
    expectProblem(await as(newWorker()).get(path), 404, 'report-not-found');
    expectProblem(await as(worker).get(`/reports/${report.id}/photos/${uuidv7()}`), 404, 'photo-not-found');
  });
});
