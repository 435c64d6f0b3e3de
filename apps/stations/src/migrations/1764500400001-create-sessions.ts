import { MigrationInterface, QueryRunner } from 'typeorm';

/** Service sessions and their sign-ups; a worker holds at most one live sign-up per session. */
export class CreateSessions1764500400001 implements MigrationInterface {
  name = 'CreateSessions1764500400001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE station_sessions (
        id uuid PRIMARY KEY,
        station_id uuid NOT NULL REFERENCES stations (id),
        service_code text NOT NULL,
        title_zh text NOT NULL,
        title_en text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        places integer NOT NULL CHECK (places > 0),
        scheduled_by text NOT NULL,
        scheduled_at timestamptz NOT NULL,
        idempotency_key text,
        idempotency_fingerprint text,
        CHECK (ends_at > starts_at)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX station_sessions_idempotency ON station_sessions (scheduled_by, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
    await db.query(`CREATE INDEX station_sessions_upcoming ON station_sessions (station_id, starts_at, id)`);
    await db.query(`
      CREATE TABLE station_session_sign_ups (
        id uuid PRIMARY KEY,
        -- Sign-ups of a session are written one at a time under the session's row lock, so this is their order.
        seq bigint GENERATED ALWAYS AS IDENTITY,
        session_id uuid NOT NULL REFERENCES station_sessions (id),
        worker_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
        signed_up_at timestamptz NOT NULL,
        cancelled_at timestamptz,
        attended_at timestamptz,
        attendance_marked_by text,
        CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
        CHECK (attended_at IS NULL OR status = 'confirmed')
      )`);
    await db.query(
      `CREATE UNIQUE INDEX station_session_sign_ups_one_live ON station_session_sign_ups (session_id, worker_id) WHERE status <> 'cancelled'`,
    );
    await db.query(`CREATE INDEX station_session_sign_ups_queue ON station_session_sign_ups (session_id, status, seq)`);
    await db.query(`CREATE INDEX station_session_sign_ups_worker ON station_session_sign_ups (worker_id, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE station_session_sign_ups`);
    await db.query(`DROP TABLE station_sessions`);
  }
}
