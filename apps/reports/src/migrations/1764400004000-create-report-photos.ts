import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded photos replace the URLs clients used to send: a photo is uploaded alone (processed, metadata stripped,
 * stored under `storage_key`), then attached to one report at `position`. The client-made URLs had no image
 * behind them that the service kept, so they are dropped rather than carried over.
 */
export class CreateReportPhotos1764400004000 implements MigrationInterface {
  name = 'CreateReportPhotos1764400004000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE report_photos (
        id uuid PRIMARY KEY,
        uploader_id text NOT NULL,
        report_id uuid REFERENCES reports (id),
        position smallint,
        storage_key text NOT NULL UNIQUE,
        bytes integer NOT NULL CHECK (bytes > 0),
        width integer NOT NULL CHECK (width > 0),
        height integer NOT NULL CHECK (height > 0),
        mime text NOT NULL,
        sha256 text NOT NULL,
        idempotency_key text,
        idempotency_fingerprint text,
        created_at timestamptz NOT NULL,
        attached_at timestamptz,
        CHECK ((report_id IS NULL) = (position IS NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX report_photos_position ON report_photos (report_id, position) WHERE report_id IS NOT NULL`);
    await db.query(
      `CREATE UNIQUE INDEX report_photos_idempotency ON report_photos (uploader_id, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
    await db.query(`ALTER TABLE reports DROP COLUMN photo_urls`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE reports ADD COLUMN photo_urls jsonb NOT NULL DEFAULT '[]'`);
    await db.query(`DROP TABLE report_photos`);
  }
}
