import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReports1764400001000 implements MigrationInterface {
  name = 'CreateReports1764400001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE reports (
        id uuid PRIMARY KEY,
        reporter_id text NOT NULL,
        category text NOT NULL,
        description text NOT NULL,
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        address text,
        photo_urls jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('submitted', 'confirmed', 'rejected')),
        idempotency_key text,
        submitted_at timestamptz NOT NULL,
        reviewed_at timestamptz,
        reviewed_by text,
        rejection_reason text
      )`);
    await db.query(`CREATE UNIQUE INDEX reports_idempotency ON reports (reporter_id, idempotency_key) WHERE idempotency_key IS NOT NULL`);
    await db.query(`CREATE INDEX reports_by_reporter ON reports (reporter_id, id DESC)`);
    await db.query(`CREATE INDEX reports_review_queue ON reports (status, id)`);
    await db.query(`
      CREATE TABLE report_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES reports (id),
        status text NOT NULL,
        actor_id text NOT NULL,
        note text,
        at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX report_history_by_report ON report_history (report_id, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE report_history`);
    await db.query(`DROP TABLE reports`);
  }
}
