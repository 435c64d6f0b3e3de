import { INestApplication } from '@nestjs/common';
import { ActorInput } from '@waystation/contracts';
import { UploadedPhotoView } from '@waystation/http-api';
import { newWorker, queryDatabase, serviceAs, startServiceUnderTest, tinyTestPhoto } from '@waystation/testing';
import { AppModule } from '../app.module';
import { publishCityMap } from '../areas/test-city-map.spec-helper';
import { reportsConfigSchema } from '../config/reports.config';
import { PHOTO_STORE, PhotoStore } from './photo-store';
import { UnattachedPhotoCleanup } from './unattached-photo-cleanup.service';

let database: string;
let sut: INestApplication;
let replica: INestApplication;

const start = (existing?: string) =>
  startServiceUnderTest(
    (env) =>
      AppModule.forRoot(reportsConfigSchema.parse({ ...env, REPORTS_OVERDUE_INTERVAL_MS: '0', REPORTS_PHOTO_CLEANUP_INTERVAL_MS: '0' })),
    { databaseVariable: 'REPORTS_DATABASE_URL', consumesEvents: !existing, database: existing },
  );
const as = (actor: ActorInput) => serviceAs(sut.getHttpServer(), actor);
const store = (app: INestApplication = sut) => app.get<PhotoStore>(PHOTO_STORE);

async function upload(worker: ActorInput): Promise<UploadedPhotoView> {
  return (
    await as(worker)
      .post('/report-photos')
      .set('content-type', 'image/jpeg')
      .send(await tinyTestPhoto())
      .expect(201)
  ).body;
}

/** Makes the photo look uploaded `hours` ago. */
const age = (photoId: string, hours: number) =>
  queryDatabase(database, `UPDATE report_photos SET created_at = now() - make_interval(hours => $2) WHERE id = $1`, [photoId, hours]);

const storageKeyOf = async (photoId: string): Promise<string> =>
  (await queryDatabase<{ storage_key: string }>(database, 'SELECT storage_key FROM report_photos WHERE id = $1', [photoId]))[0].storage_key;

/** Whether the photo is still in the database, and its image in the store. */
async function kept(photoId: string, storageKey: string): Promise<{ row: boolean; image: boolean }> {
  const rows = await queryDatabase(database, 'SELECT 1 FROM report_photos WHERE id = $1', [photoId]);
  return { row: rows.length === 1, image: await store().exists(storageKey) };
}

beforeAll(async () => {
  ({ app: sut, database } = await start());
  ({ app: replica } = await start(database));
  await publishCityMap(database);
}, 90_000);

afterAll(async () => {
  await replica?.close();
  await sut?.close();
});

describe(UnattachedPhotoCleanup.name, () => {
  it('deletes an old unattached upload from the store and the database, and keeps an attached one and a recent one', async () => {
    const worker = newWorker();
    const [old, attached, recent] = [await upload(worker), await upload(worker), await upload(worker)];
    await as(worker)
      .post('/reports')
      .send({
        category: 'exposed-garbage',
        description: '文化大道公交站旁垃圾桶满溢',
        location: { lat: 30.3721, lng: 114.3217, accuracyMeters: 12 },
        photoIds: [attached.id],
      })
      .expect(201);
    await age(old.id, 25);
    await age(attached.id, 25);
    await age(recent.id, 23);
    const keys = { old: await storageKeyOf(old.id), attached: await storageKeyOf(attached.id), recent: await storageKeyOf(recent.id) };
    expect(await kept(old.id, keys.old)).toEqual({ row: true, image: true });

    const deleted = await sut.get(UnattachedPhotoCleanup).run();

    expect(deleted).toBe(1);
    expect(await kept(old.id, keys.old)).toEqual({ row: false, image: false });
    expect(await kept(attached.id, keys.attached)).toEqual({ row: true, image: true });
    expect(await kept(recent.id, keys.recent)).toEqual({ row: true, image: true });
    await as(worker).get(`/report-photos/${old.id}`).expect(404);
  });

  it('deletes each photo once when two replicas run at once, without errors', async () => {
    const worker = newWorker();
    const photos = await Promise.all(Array.from({ length: 8 }, () => upload(worker)));
    const keys = await Promise.all(photos.map((photo) => storageKeyOf(photo.id)));
    for (const photo of photos) await age(photo.id, 48);

    const runs = await Promise.all([sut.get(UnattachedPhotoCleanup).run(), replica.get(UnattachedPhotoCleanup).run()]);

    expect(runs[0] + runs[1]).toBe(photos.length);
    for (const [index, photo] of photos.entries()) expect(await kept(photo.id, keys[index])).toEqual({ row: false, image: false });
    expect(await queryDatabase(database, 'SELECT * FROM report_photo_deletions')).toEqual([]);
  });

  it('removes an image the store failed to delete on the next run', async () => {
    const photo = await upload(newWorker());
    const key = await storageKeyOf(photo.id);
    await age(photo.id, 30);
    const failing = jest.spyOn(store(), 'delete').mockRejectedValueOnce(new Error('store unavailable'));

    await expect(sut.get(UnattachedPhotoCleanup).run()).rejects.toThrow('store unavailable');
    failing.mockRestore();

    expect(await kept(photo.id, key)).toEqual({ row: false, image: true });
    expect(await queryDatabase(database, 'SELECT photo_id FROM report_photo_deletions')).toEqual([{ photo_id: photo.id }]);
    await sut.get(UnattachedPhotoCleanup).run();
    expect(await kept(photo.id, key)).toEqual({ row: false, image: false });
    expect(await queryDatabase(database, 'SELECT * FROM report_photo_deletions')).toEqual([]);
  });
});
