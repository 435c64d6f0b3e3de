import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who filed each report: a worker, or a city system over Open311 (reporter_id is then its Open311 client's id).
 * Every report before this one was a worker's.
 */
export class AddReporterKind1764500600311 implements MigrationInterface {
  name = 'AddReporterKind1764500600311';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE reports ADD COLUMN reporter_kind text NOT NULL DEFAULT 'worker' CHECK (reporter_kind IN ('worker', 'open311-client'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM reports WHERE reporter_kind <> 'worker'`);
    await db.query(`ALTER TABLE reports DROP COLUMN reporter_kind`);
  }
}
