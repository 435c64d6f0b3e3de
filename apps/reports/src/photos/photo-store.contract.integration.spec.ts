import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type S3TestBucket, startS3TestBucket } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import { LocalPhotoStore } from './local-photo-store';
import { PhotoStore } from './photo-store';
import { photoStoreOf } from './photo-store.provider';
import { PhotoSettings } from './photo-settings';

const LIMITS = { maxBytes: 1024 * 1024, maxPixels: 1_000_000, maxEdgePx: 2_560 };

/** Each store, made as the service makes it: a scratch directory, and a bucket on a real S3-compatible server. */
const NO_CLEANUP = { unattachedTtlMs: 24 * 60 * 60 * 1000, intervalMs: 0 };
const stores: { name: string; start: () => Promise<{ store: PhotoStore; stop: () => Promise<void> }> }[] = [
  {
    name: 'local',
    start: async () => {
      const directory = await mkdtemp(join(tmpdir(), 'photo-store-'));
      return {
        store: photoStoreOf(new PhotoSettings({ kind: 'local', directory }, LIMITS, NO_CLEANUP)),
        stop: () => rm(directory, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 's3',
    start: async () => {
      const s3: S3TestBucket = await startS3TestBucket();
      const { endpoint, region, accessKeyId, secretAccessKey } = s3.server;
      const settings = new PhotoSettings(
        { kind: 's3', bucket: s3.bucket, region, endpoint, forcePathStyle: true, credentials: { accessKeyId, secretAccessKey } },
        LIMITS,
        NO_CLEANUP,
      );
      return { store: photoStoreOf(settings), stop: s3.stop };
    },
  },
];

const readAll = async (stream: Readable) => Buffer.concat(await stream.toArray());
const newKey = () => `photos/${uuidv7()}.jpg`;

describe.each(stores)('PhotoStore contract: $name', ({ start }) => {
  let sut: PhotoStore;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ store: sut, stop } = await start());
  }, 300_000);

  afterAll(async () => {
    await stop?.();
  });

  it('reads back the bytes put under a key', async () => {
    const key = newKey();
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01, 0x02]);

    await sut.put(key, bytes, 'image/jpeg');

    expect(await readAll(await sut.read(key))).toEqual(bytes);
  });

  it('stores a stream as it is', async () => {
    const key = newKey();
    const chunks = [Buffer.from('first-'), Buffer.from('second')];

    await sut.put(key, Readable.from(chunks), 'image/jpeg');

    expect((await readAll(await sut.read(key))).toString()).toBe('first-second');
  });

  it('replaces what was under the key', async () => {
    const key = newKey();
    await sut.put(key, Buffer.from('old'), 'image/jpeg');

    await sut.put(key, Buffer.from('new'), 'image/jpeg');

    expect((await readAll(await sut.read(key))).toString()).toBe('new');
  });

  it('tells which keys exist', async () => {
    const key = newKey();
    await sut.put(key, Buffer.from('x'), 'image/jpeg');

    expect(await sut.exists(key)).toBe(true);
    expect(await sut.exists(newKey())).toBe(false);
  });

  it('deletes a key, and takes deleting a missing one calmly', async () => {
    const key = newKey();
    await sut.put(key, Buffer.from('x'), 'image/jpeg');

    await sut.delete(key);
    await sut.delete(newKey());

    expect(await sut.exists(key)).toBe(false);
  });

  it('rejects reading a missing key', async () => {
    await expect(sut.read(newKey())).rejects.toThrow();
  });

  it('refuses a key that is not one the service makes', async () => {
    await expect(sut.put('../outside.jpg', Buffer.from('x'), 'image/jpeg')).rejects.toThrow('Not a photo storage key');
    await expect(sut.read('/etc/passwd')).rejects.toThrow('Not a photo storage key');
  });
});

describe(LocalPhotoStore.name, () => {
  it('keeps its files under its directory', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'photo-store-'));
    try {
      const sut: PhotoStore = new LocalPhotoStore(directory);
      await sut.put('photos/a.jpg', Buffer.from('x'), 'image/jpeg');

      expect(await new LocalPhotoStore(join(directory, 'photos')).exists('a.jpg')).toBe(true);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
