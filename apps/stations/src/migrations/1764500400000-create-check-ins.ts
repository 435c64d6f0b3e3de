import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Check-ins, with at most one open check-in per worker enforced by the database (a partial unique index), and
 * the stations' seat capacity that live occupancy is measured against.
 */
export class CreateCheckIns1764500400000 implements MigrationInterface {
  name = 'CreateCheckIns1764500400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE stations ADD COLUMN IF NOT EXISTS capacity integer CHECK (capacity >= 0)`);
    await db.query(`
      CREATE TABLE station_check_ins (
        id uuid PRIMARY KEY,
        station_id uuid NOT NULL REFERENCES stations (id),
        worker_id text NOT NULL,
        method text NOT NULL CHECK (method IN ('rotating-code', 'printed-code')),
        checked_in_at timestamptz NOT NULL,
        checked_out_at timestamptz,
        check_out_reason text CHECK (check_out_reason IN ('worker', 'time-limit')),
        CHECK ((checked_out_at IS NULL) = (check_out_reason IS NULL)),
        CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX station_check_ins_one_open_per_worker ON station_check_ins (worker_id) WHERE checked_out_at IS NULL`,
    );
    // Occupancy counts a station's open check-ins; the auto check-out job finds the oldest open ones.
    await db.query(`CREATE INDEX station_check_ins_open ON station_check_ins (station_id) WHERE checked_out_at IS NULL`);
    await db.query(`CREATE INDEX station_check_ins_open_since ON station_check_ins (checked_in_at) WHERE checked_out_at IS NULL`);
    await db.query(`CREATE INDEX station_check_ins_visits ON station_check_ins (station_id, checked_in_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE station_check_ins`);
    await db.query(`ALTER TABLE stations DROP COLUMN IF EXISTS capacity`);
  }
}
