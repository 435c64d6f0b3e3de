import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who registered a station, and the Idempotency-Key they sent, so a retried registration creates one station. */
export class AddStationIdempotency1764400004001 implements MigrationInterface {
  name = 'AddStationIdempotency1764400004001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE stations ADD COLUMN created_by text, ADD COLUMN idempotency_key text, ADD COLUMN idempotency_fingerprint text`,
    );
    await db.query(`CREATE UNIQUE INDEX stations_idempotency ON stations (created_by, idempotency_key) WHERE idempotency_key IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX stations_idempotency`);
    await db.query(`ALTER TABLE stations DROP COLUMN idempotency_fingerprint, DROP COLUMN idempotency_key, DROP COLUMN created_by`);
  }
}
