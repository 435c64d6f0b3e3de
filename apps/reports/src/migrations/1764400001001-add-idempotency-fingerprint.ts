import { MigrationInterface, QueryRunner } from 'typeorm';

/** Remembers what a keyed submission asked for, so reusing its key for a different report can be refused. */
export class AddIdempotencyFingerprint1764400001001 implements MigrationInterface {
  name = 'AddIdempotencyFingerprint1764400001001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE reports ADD COLUMN idempotency_fingerprint text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE reports DROP COLUMN idempotency_fingerprint`);
  }
}
