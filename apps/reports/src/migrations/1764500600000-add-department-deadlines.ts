import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each department's own SLA clocks: an assignment's deadlines to acknowledge and to resolve start at its dispatch,
 * by the category's policy, and every breach of one is recorded once per (report, department, kind, deadline), the
 * key that makes the overdue job announce it once however many replicas run it.
 *
 * Assignments made before this migration started at the report's confirmation or re-dispatch, as the report's own
 * deadlines did, so they take those.
 */
export class AddDepartmentDeadlines1764500600000 implements MigrationInterface {
  name = 'AddDepartmentDeadlines1764500600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE report_assignments ADD COLUMN acknowledge_due_at timestamptz, ADD COLUMN resolve_due_at timestamptz`);
    await db.query(`
      UPDATE report_assignments a
         SET acknowledge_due_at = (SELECT due_at FROM report_sla_deadlines d WHERE d.report_id = a.report_id AND d.kind = 'acknowledge'),
             resolve_due_at = (SELECT due_at FROM report_sla_deadlines d WHERE d.report_id = a.report_id AND d.kind = 'resolve')`);
    await db.query(
      `CREATE INDEX report_assignments_acknowledge_due ON report_assignments (acknowledge_due_at) WHERE status = 'dispatched'`,
    );
    await db.query(
      `CREATE INDEX report_assignments_resolve_due ON report_assignments (resolve_due_at) WHERE status IN ('dispatched', 'acknowledged', 'in-progress')`,
    );
    await db.query(`
      CREATE TABLE report_assignment_breaches (
        report_id uuid NOT NULL,
        department_code text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('acknowledge', 'resolve')),
        due_at timestamptz NOT NULL,
        detected_at timestamptz NOT NULL,
        PRIMARY KEY (report_id, department_code, kind, due_at),
        FOREIGN KEY (report_id, department_code) REFERENCES report_assignments (report_id, department_code) ON DELETE CASCADE
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE report_assignment_breaches`);
    await db.query(`DROP INDEX report_assignments_resolve_due`);
    await db.query(`DROP INDEX report_assignments_acknowledge_due`);
    await db.query(`ALTER TABLE report_assignments DROP COLUMN resolve_due_at, DROP COLUMN acknowledge_due_at`);
  }
}
