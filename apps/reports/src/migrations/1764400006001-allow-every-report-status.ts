import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets a report take every status of the contracts' list (the departments move confirmed reports on; SLAs and the
 * public feed read those statuses). Idempotent on purpose: another change may widen the same check.
 */
export class AllowEveryReportStatus1764400006001 implements MigrationInterface {
  name = 'AllowEveryReportStatus1764400006001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE reports DROP CONSTRAINT IF EXISTS reports_status_check,
        ADD CONSTRAINT reports_status_check CHECK (status IN ('submitted', 'confirmed', 'rejected', 'merged', 'dispatched',
          'acknowledged', 'in-progress', 'resolved', 'reopened', 'not-responsible', 'closed', 'closed-not-fixed'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE reports DROP CONSTRAINT IF EXISTS reports_status_check,
        ADD CONSTRAINT reports_status_check CHECK (status IN ('submitted', 'confirmed', 'rejected'))`);
  }
}
