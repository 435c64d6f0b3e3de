import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SLAs: the city office's policy per category (`default` for every category without one of its own), each
 * confirmed report's current deadlines, and every breach found, once per (report, kind, deadline): the breach's
 * primary key is what makes the overdue job announce it once, however many replicas run it.
 */
export class CreateReportSlas1764400006000 implements MigrationInterface {
  name = 'CreateReportSlas1764400006000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE report_sla_policies (
        category_code text PRIMARY KEY,
        acknowledge_within_hours integer NOT NULL CHECK (acknowledge_within_hours > 0),
        resolve_within_days integer NOT NULL CHECK (resolve_within_days > 0),
        clock text NOT NULL CHECK (clock IN ('working-hours', 'calendar')),
        updated_by text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Hazards and people at risk run round the clock; the rest on the office's working hours.
    await db.query(`
      INSERT INTO report_sla_policies (category_code, acknowledge_within_hours, resolve_within_days, clock) VALUES
        ('default', 8, 5, 'working-hours'),
        ('fire-hazard', 2, 2, 'calendar'),
        ('unsafe-e-bike-charging', 2, 2, 'calendar'),
        ('broken-manhole-cover', 2, 2, 'calendar'),
        ('elderly-living-alone', 4, 3, 'calendar'),
        ('person-in-distress', 2, 1, 'calendar')`);
    await db.query(`
      CREATE TABLE report_sla_deadlines (
        report_id uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('acknowledge', 'resolve')),
        started_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        PRIMARY KEY (report_id, kind)
      )`);
    await db.query(`CREATE INDEX report_sla_deadlines_due ON report_sla_deadlines (due_at, report_id, kind)`);
    await db.query(`
      CREATE TABLE report_sla_breaches (
        report_id uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        kind text NOT NULL,
        due_at timestamptz NOT NULL,
        detected_at timestamptz NOT NULL,
        PRIMARY KEY (report_id, kind, due_at)
      )`);
    await db.query(`CREATE INDEX reports_public_feed ON reports ((md5(id::text))) WHERE status IN ('resolved', 'closed') AND NOT private`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX reports_public_feed`);
    await db.query(`DROP TABLE report_sla_breaches`);
    await db.query(`DROP TABLE report_sla_deadlines`);
    await db.query(`DROP TABLE report_sla_policies`);
  }
}
