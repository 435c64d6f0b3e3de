import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff who sign in with a username and password (Argon2id hash, PHC string), and the failed attempts per
 * username that slow down and lock sign-in. Attempts are keyed by the name typed, known or not, so an unknown
 * name behaves exactly like a known one; every gateway replica reads the same rows.
 */
export class CreateStaffCredentials1764500531000 implements MigrationInterface {
  name = 'CreateStaffCredentials1764500531000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE staff_credentials (
        account_id uuid PRIMARY KEY REFERENCES accounts (id),
        username text NOT NULL UNIQUE CHECK (username = lower(username)),
        password_hash text NOT NULL,
        password_changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE staff_sign_in_attempts (
        username text PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0,
        last_failure_at timestamptz,
        locked_until timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE staff_sign_in_attempts`);
    await db.query(`DROP TABLE staff_credentials`);
  }
}
