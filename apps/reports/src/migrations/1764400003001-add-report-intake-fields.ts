import { MigrationInterface, QueryRunner } from 'typeorm';

/** The seven fixed categories of the first reports, each moved to the configured category closest to it. */
const CODE_OF_FIXED_CATEGORY: Record<string, string> = {
  sanitation: 'littering',
  'piled-materials': 'piled-materials',
  'exposed-garbage': 'exposed-garbage',
  'safety-hazard': 'fire-hazard',
  'elderly-care': 'elderly-living-alone',
  'road-damage': 'damaged-road-or-railing',
  other: 'other',
};

/**
 * What a report made with the configured categories carries: its category's code (a reference now), the location's
 * accuracy, when it was captured (earlier than submitted for a report made offline), the answers to the
 * category's questions and the nearby station named. Reports filed before keep their submission time as their
 * capture time and move to the nearest configured category (an elderly-care report becomes private).
 */
export class AddReportIntakeFields1764400003001 implements MigrationInterface {
  name = 'AddReportIntakeFields1764400003001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE reports ADD COLUMN accuracy_meters double precision, ADD COLUMN captured_at timestamptz,
         ADD COLUMN answers jsonb NOT NULL DEFAULT '{}', ADD COLUMN station_id text`,
    );
    await db.query(
      `UPDATE reports SET category = fixed.code
         FROM jsonb_each_text($1::jsonb) AS fixed(category, code)
        WHERE reports.category = fixed.category`,
      [JSON.stringify(CODE_OF_FIXED_CATEGORY)],
    );
    await db.query(`UPDATE reports SET private = true WHERE category = 'elderly-living-alone'`);
    await db.query(`UPDATE reports SET captured_at = submitted_at`);
    await db.query(`ALTER TABLE reports ALTER COLUMN captured_at SET NOT NULL`);
    await db.query(`ALTER TABLE reports ADD CONSTRAINT reports_category FOREIGN KEY (category) REFERENCES report_categories (code)`);
    // The daily limit counts a reporter's submissions since midnight.
    await db.query(`CREATE INDEX reports_by_reporter_submitted ON reports (reporter_id, submitted_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX reports_by_reporter_submitted`);
    await db.query(`ALTER TABLE reports DROP CONSTRAINT reports_category`);
    await db.query(`ALTER TABLE reports DROP COLUMN station_id, DROP COLUMN answers, DROP COLUMN captured_at, DROP COLUMN accuracy_meters`);
  }
}
