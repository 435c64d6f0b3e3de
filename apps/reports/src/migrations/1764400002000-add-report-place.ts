import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a report belongs on the city map (its community and district, from the reports service's projection of
 * `area.upserted`), and whether it is private (a care referral: seen only by the reporter, the community's staff
 * and civil affairs). The community's review queue reads oldest first by this index.
 */
export class AddReportPlace1764400002000 implements MigrationInterface {
  name = 'AddReportPlace1764400002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE reports ADD COLUMN community_code text, ADD COLUMN district_code text, ADD COLUMN private boolean NOT NULL DEFAULT false`,
    );
    await db.query(`CREATE INDEX reports_community_queue ON reports (community_code, status, submitted_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX reports_community_queue`);
    await db.query(`ALTER TABLE reports DROP COLUMN private, DROP COLUMN district_code, DROP COLUMN community_code`);
  }
}
