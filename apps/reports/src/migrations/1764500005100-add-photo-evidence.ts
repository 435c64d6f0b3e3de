import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A department's progress and evidence photos belong to the report they document without being among its
 * reporter's photos. Naming the report keeps them from the unattached clean-up and lets the report's readers see them.
 */
export class AddPhotoEvidence1764500005100 implements MigrationInterface {
  name = 'AddPhotoEvidence1764500005100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE report_photos ADD COLUMN evidence_for_report_id uuid REFERENCES reports (id)`);
    await db.query(
      `ALTER TABLE report_photos ADD CONSTRAINT report_photos_report_or_evidence CHECK (report_id IS NULL OR evidence_for_report_id IS NULL)`,
    );
    await db.query(`DROP INDEX report_photos_unattached`);
    await db.query(
      `CREATE INDEX report_photos_unattached ON report_photos (created_at) WHERE report_id IS NULL AND evidence_for_report_id IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX report_photos_unattached`);
    await db.query(`CREATE INDEX report_photos_unattached ON report_photos (created_at) WHERE report_id IS NULL`);
    await db.query(`ALTER TABLE report_photos DROP COLUMN evidence_for_report_id`);
  }
}
