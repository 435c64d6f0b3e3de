import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Departments and where reports go: the city office's departments (names in both languages, a contact, the
 * districts they serve: none listed means city-wide), the routing rules (category × district → departments, a rule
 * without a district being the category's default) and each report's assignments to departments, every one with
 * its own status and history.
 *
 * A rule is never edited in place: a change retires the rule (retired_at) and adds its successor, and every
 * assignment names the rule it came from, so a change applies to new confirmations only and the past stays
 * explainable.
 */
export class CreateDepartments1764500005000 implements MigrationInterface {
  name = 'CreateDepartments1764500005000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE departments (
        code text PRIMARY KEY,
        name_zh text NOT NULL,
        name_en text NOT NULL,
        contact text NOT NULL,
        districts text[] NOT NULL DEFAULT '{}',
        updated_by text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      INSERT INTO departments (code, name_zh, name_en, contact) VALUES
        ('sanitation', '环卫', 'Sanitation', '12319'),
        ('city-management', '城管', 'City management', '12319'),
        ('police', '公安', 'Police', '110'),
        ('fire', '消防', 'Fire and rescue', '119'),
        ('civil-affairs', '民政', 'Civil affairs', '12345'),
        ('property-management', '物业管理', 'Property management', '12345')`);
    await db.query(`
      CREATE TABLE routing_rules (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        category_code text NOT NULL REFERENCES report_categories (code),
        district_code text CHECK (district_code ~ '^\\d{6}$'),
        departments text[] NOT NULL CHECK (cardinality(departments) BETWEEN 1 AND 10),
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_by text,
        retired_at timestamptz
      )`);
    await db.query(
      `CREATE UNIQUE INDEX routing_rules_current ON routing_rules (category_code, coalesce(district_code, '')) WHERE retired_at IS NULL`,
    );
    // The category defaults; "other" has none, so it waits in the manual dispatch queue.
    await db.query(`
      INSERT INTO routing_rules (category_code, departments) VALUES
        ('littering', '{sanitation}'),
        ('exposed-garbage', '{sanitation}'),
        ('overflowing-bins', '{sanitation}'),
        ('piled-materials', '{city-management}'),
        ('blocked-lane-or-fire-exit', '{fire,property-management}'),
        ('broken-manhole-cover', '{city-management}'),
        ('street-light', '{city-management}'),
        ('damaged-road-or-railing', '{city-management}'),
        ('fire-hazard', '{fire}'),
        ('unsafe-e-bike-charging', '{fire,property-management}'),
        ('falling-object-risk', '{property-management,city-management}'),
        ('elderly-living-alone', '{civil-affairs}'),
        ('person-in-distress', '{civil-affairs}'),
        ('dispute', '{police}')`);
    await db.query(`
      CREATE TABLE report_assignments (
        report_id uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        department_code text NOT NULL REFERENCES departments (code),
        status text NOT NULL CHECK (status IN ('dispatched', 'acknowledged', 'in-progress', 'resolved', 'not-responsible', 'withdrawn')),
        rule_id bigint REFERENCES routing_rules (id),
        dispatched_by text NOT NULL,
        dispatched_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (report_id, department_code)
      )`);
    await db.query(`CREATE INDEX report_assignments_queue ON report_assignments (department_code, status, dispatched_at, report_id)`);
    await db.query(`
      CREATE TABLE report_assignment_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        report_id uuid NOT NULL,
        department_code text NOT NULL,
        from_status text,
        status text NOT NULL,
        actor_id text NOT NULL,
        actor_role text NOT NULL,
        note text,
        photo_ids text[] NOT NULL DEFAULT '{}',
        at timestamptz NOT NULL,
        FOREIGN KEY (report_id, department_code) REFERENCES report_assignments (report_id, department_code) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX report_assignment_history_by_report ON report_assignment_history (report_id, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE report_assignment_history`);
    await db.query(`DROP TABLE report_assignments`);
    await db.query(`DROP TABLE routing_rules`);
    await db.query(`DROP TABLE departments`);
  }
}
