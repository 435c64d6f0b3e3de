import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who moved a station along its lifecycle, when and why; one row per move, the first for its entry into the registry. */
export class CreateStationStatusHistory1764500300000 implements MigrationInterface {
  name = 'CreateStationStatusHistory1764500300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE station_status_history (
        id uuid PRIMARY KEY,
        station_id uuid NOT NULL REFERENCES stations (id),
        from_status text,
        to_status text NOT NULL,
        reason text NOT NULL,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL,
        inspection_id uuid
      )`);
    await db.query(`CREATE INDEX station_status_history_station ON station_status_history (station_id, id)`);
    // Stations registered before the history was kept start theirs at registration; the ids are UUID v7 of that
    // time, so the history reads in id order.
    await db.query(`
      INSERT INTO station_status_history (id, station_id, from_status, to_status, reason, changed_by, changed_at)
      SELECT uuidv7(created_at - clock_timestamp()), id, NULL, status, 'registered before the history was kept',
             coalesce(created_by, 'unknown'), created_at
      FROM stations`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE station_status_history`);
  }
}
