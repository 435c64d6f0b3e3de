import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What notifications needs to tell a worker of the departments' work on their report: who reported it (the
 * department-facing events carry no reporter by design; report.confirmed does) and the departments' names (from
 * report.dispatched). Reports confirmed before this learn their reporter from the confirmations already in the inbox.
 */
export class CreateReportReporters1764500600100 implements MigrationInterface {
  name = 'CreateReportReporters1764500600100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE report_reporters (report_id uuid PRIMARY KEY, reporter_id text NOT NULL)`);
    await db.query(`
      INSERT INTO report_reporters (report_id, reporter_id)
      SELECT DISTINCT ON ((data->>'reportId')::uuid) (data->>'reportId')::uuid, recipient_id
        FROM notifications WHERE kind = 'report.confirmed' AND data->>'reportId' IS NOT NULL
      ON CONFLICT DO NOTHING`);
    await db.query(`CREATE TABLE department_names (code text PRIMARY KEY, name_zh text NOT NULL, name_en text NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE department_names`);
    await db.query(`DROP TABLE report_reporters`);
  }
}
