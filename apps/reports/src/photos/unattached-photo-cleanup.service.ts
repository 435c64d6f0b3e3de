import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PHOTO_STORE, PhotoStore } from './photo-store';
import { PhotoSettings } from './photo-settings';

const BATCH = 100;

/**
 * Deletes the uploads nobody attached to a report within the configured time, from the database and the photo
 * store. A run first deletes the rows and queues their stored images in `report_photo_deletions`, in one
 * transaction, then removes the queued images from the store and their queue rows together; an image the store
 * failed to remove stays queued for the next run. Rows are claimed with `FOR UPDATE SKIP LOCKED`, so replicas
 * running at once share the work and each photo is deleted once, and an attachment holding a photo's row lock is
 * never undone: the photo is attached, or it was deleted first and the attachment is refused.
 */
@Injectable()
export class UnattachedPhotoCleanup {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PHOTO_STORE) private readonly store: PhotoStore,
    private readonly settings: PhotoSettings,
  ) {}

  /** How many unattached photos this run deleted. */
  async run(now = new Date()): Promise<number> {
    const uploadedBefore = new Date(now.getTime() - this.settings.cleanup.unattachedTtlMs);
    let deleted = 0;
    for (;;) {
      const batch = await this.deleteRows(uploadedBefore, now);
      deleted += batch;
      if (batch < BATCH) break;
    }
    while ((await this.emptyQueue()) === BATCH);
    return deleted;
  }

  private async deleteRows(uploadedBefore: Date, now: Date): Promise<number> {
    const rows = await this.dataSource.query<{ photo_id: string }[]>(
      `WITH expired AS (
         SELECT id FROM report_photos WHERE report_id IS NULL AND evidence_for_report_id IS NULL AND created_at < $1
          ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED),
       gone AS (DELETE FROM report_photos p USING expired WHERE p.id = expired.id RETURNING p.id, p.storage_key)
       INSERT INTO report_photo_deletions (storage_key, photo_id, queued_at)
       SELECT storage_key, id, $2 FROM gone
       ON CONFLICT (storage_key) DO NOTHING
       RETURNING photo_id`,
      [uploadedBefore, now],
    );
    return rows.length;
  }

  /** Removes one batch of queued images from the store; how many it took. */
  private emptyQueue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const queued = await manager.query<{ storage_key: string }[]>(
        `SELECT storage_key FROM report_photo_deletions ORDER BY queued_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      const keys = queued.map((row) => row.storage_key);
      // A missing key is no error to the store, so an image removed by a run that then failed to commit is fine.
      for (const key of keys) await this.store.delete(key);
      await manager.query(`DELETE FROM report_photo_deletions WHERE storage_key = ANY($1)`, [keys]);
      return keys.length;
    });
  }
}
