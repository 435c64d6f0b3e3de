import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { PHOTO_STORE, PhotoStore } from './photo-store';
import { Photo } from './photo.entity';

export interface PhotoImage {
  body: Readable;
  mime: string;
  bytes: number;
  /** A strong ETag: the stored bytes' digest. */
  etag: string;
}

/** Opens a stored photo's image for serving; whoever calls has decided the caller may see it. */
@Injectable()
export class PhotoImages {
  constructor(@Inject(PHOTO_STORE) private readonly store: PhotoStore) {}

  etagOf(photo: Photo): string {
    return `"${photo.sha256}"`;
  }

  async open(photo: Photo): Promise<PhotoImage> {
    return { body: await this.store.read(photo.storageKey), mime: photo.mime, bytes: photo.bytes, etag: this.etagOf(photo) };
  }
}
