import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { createOnce, EarlierCreation, IdempotencyKey, idempotencyKeyFor } from '@waystation/platform';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { PhotoNotFoundError, PhotoUploadNotAllowedError } from './photo-errors';
import { processPhoto } from './photo-processing';
import { PhotoSettings } from './photo-settings';
import { PHOTO_STORE, PhotoStore } from './photo-store';
import { readLimited } from './read-limited';
import { Photo } from './photo.entity';

export interface UploadResult {
  photo: Photo;
  /** False when the Idempotency-Key matched an earlier upload of the same bytes. */
  created: boolean;
}

/** Takes a worker's photo upload: checks it, strips it, stores it, and keeps its row until a report takes it. */
@Injectable()
export class PhotoUploads {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PHOTO_STORE) private readonly store: PhotoStore,
    private readonly settings: PhotoSettings,
  ) {}

  async upload(
    uploader: Actor,
    body: Readable,
    declaredLength: number | undefined,
    idempotencyKey: string | undefined,
  ): Promise<UploadResult> {
    // Departments upload progress and evidence photos for the reports routed to them.
    if (uploader.role !== 'worker' && uploader.role !== 'department') throw new PhotoUploadNotAllowedError(uploader.role);
    const original = await readLimited(body, this.settings.limits.maxBytes, declaredLength);
    const idempotency = idempotencyKeyFor(idempotencyKey, { sha256: createHash('sha256').update(original).digest('hex') });
    const { result, created } = await createOnce(idempotency, {
      findEarlier: (key) => this.findEarlier(uploader.id, key),
      create: () => this.keepNew(uploader, original, idempotency),
    });
    return { photo: result, created };
  }

  /** A photo of the caller's own, attached or not. */
  async own(uploader: Actor, photoId: string): Promise<Photo> {
    const photo = await this.dataSource.getRepository(Photo).findOneBy({ id: photoId, uploaderId: uploader.id });
    if (!photo) throw new PhotoNotFoundError(photoId);
    return photo;
  }

  private async keepNew(uploader: Actor, original: Buffer, idempotency: IdempotencyKey | undefined): Promise<Photo> {
    const processed = await processPhoto(original, this.settings.limits);
    const id = uuidv7();
    const photo = this.dataSource.getRepository(Photo).create({
      id,
      uploaderId: uploader.id,
      reportId: null,
      position: null,
      storageKey: `photos/${id}.${processed.extension}`,
      bytes: processed.data.length,
      width: processed.width,
      height: processed.height,
      mime: processed.mime,
      sha256: processed.sha256,
      idempotencyKey: idempotency?.key ?? null,
      idempotencyFingerprint: idempotency?.fingerprint ?? null,
      createdAt: new Date(),
      attachedAt: null,
    });
    // The file first: a row never names a photo that is not stored. A failed insert takes the file away again.
    await this.store.put(photo.storageKey, processed.data, processed.mime);
    try {
      await this.dataSource.getRepository(Photo).insert(photo);
    } catch (error) {
      await this.store.delete(photo.storageKey);
      throw error;
    }
    return photo;
  }

  private async findEarlier(uploaderId: string, idempotencyKey: string): Promise<EarlierCreation<Photo> | undefined> {
    const photo = await this.dataSource.getRepository(Photo).findOneBy({ uploaderId, idempotencyKey });
    return photo ? { id: photo.id, fingerprint: photo.idempotencyFingerprint, result: photo } : undefined;
  }
}
