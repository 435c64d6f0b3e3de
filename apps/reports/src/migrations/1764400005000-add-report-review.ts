import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What review and the rest of a report's life need: every status of the lifecycle, the verdict's severity and
 * reason code, the likely-duplicate flag and the case a merged report joined (with the case's reporters in
 * order), and a history that says who (id and role) moved a report from where to where, and why.
 */
export class AddReportReview1764400005000 implements MigrationInterface {
  name = 'AddReportReview1764400005000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE reports DROP CONSTRAINT reports_status_check`);
    await db.query(`
      ALTER TABLE reports
        ADD CONSTRAINT reports_status_check CHECK (status IN ('submitted', 'confirmed', 'rejected', 'merged', 'dispatched',
          'acknowledged', 'in-progress', 'resolved', 'reopened', 'not-responsible', 'closed', 'closed-not-fixed')),
        ADD COLUMN severity text,
        ADD COLUMN rejection_code text,
        ADD COLUMN duplicate_of uuid REFERENCES reports (id),
        ADD COLUMN merged_into uuid REFERENCES reports (id)`);
    // Duplicate detection looks for open reports of one category submitted in a recent window.
    await db.query(
      `CREATE INDEX reports_duplicate_candidates ON reports (category, submitted_at) WHERE status NOT IN ('rejected', 'merged', 'resolved', 'closed', 'closed-not-fixed')`,
    );
    await db.query(`ALTER TABLE report_history ADD COLUMN from_status text, ADD COLUMN actor_role text, ADD COLUMN reason_code text`);
    await db.query(`
      CREATE TABLE report_case_reporters (
        report_id uuid PRIMARY KEY REFERENCES reports (id),
        case_id uuid NOT NULL REFERENCES reports (id),
        reporter_id text NOT NULL,
        reporter_position integer NOT NULL CHECK (reporter_position >= 1),
        joined_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX report_case_reporters_by_case ON report_case_reporters (case_id, joined_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE report_case_reporters`);
    await db.query(`ALTER TABLE report_history DROP COLUMN reason_code, DROP COLUMN actor_role, DROP COLUMN from_status`);
    await db.query(`DROP INDEX reports_duplicate_candidates`);
    await db.query(`
      ALTER TABLE reports DROP COLUMN merged_into, DROP COLUMN duplicate_of, DROP COLUMN rejection_code, DROP COLUMN severity,
        DROP CONSTRAINT reports_status_check`);
    await db.query(`ALTER TABLE reports ADD CONSTRAINT reports_status_check CHECK (status IN ('submitted', 'confirmed', 'rejected'))`);
  }
}
