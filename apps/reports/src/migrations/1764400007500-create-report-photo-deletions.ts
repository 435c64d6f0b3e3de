import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploads never attached to a report are deleted after a while. The row goes first, and its stored image is queued
 * here in the same transaction, so an image whose deletion from the store failed is retried on the next run
 * instead of being left behind with nothing naming it.
 */
export class CreateReportPhotoDeletions1764400007500 implements MigrationInterface {
  name = 'CreateReportPhotoDeletions1764400007500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE report_photo_deletions (
        storage_key text PRIMARY KEY,
        photo_id uuid NOT NULL,
        queued_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX report_photos_unattached ON report_photos (created_at) WHERE report_id IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX report_photos_unattached`);
    await db.query(`DROP TABLE report_photo_deletions`);
  }
}
