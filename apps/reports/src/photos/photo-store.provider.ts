import { S3Client } from '@aws-sdk/client-s3';
import { Provider } from '@nestjs/common';
import { LocalPhotoStore } from './local-photo-store';
import { PHOTO_STORE, PhotoStore } from './photo-store';
import { S3PhotoStore } from './s3-photo-store';
import { PhotoSettings } from './photo-settings';

/** The store REPORTS_PHOTO_STORE names, built from its settings. */
export function photoStoreOf(settings: PhotoSettings): PhotoStore {
  const { store } = settings;
  if (store.kind === 'local') return new LocalPhotoStore(store.directory);
  const client = new S3Client({
    endpoint: store.endpoint,
    region: store.region,
    forcePathStyle: store.forcePathStyle,
    credentials: store.credentials,
  });
  return new S3PhotoStore(client, store.bucket);
}

export const photoStoreProvider: Provider = {
  provide: PHOTO_STORE,
  inject: [PhotoSettings],
  useFactory: photoStoreOf,
};
