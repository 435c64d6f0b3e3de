import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workers sign in by phone and one-time code: their profile (the phone unique, so one number is one account),
 * the pending codes (hashed, one per number), and the counters every rate limit of the gateway keeps.
 */
export class CreateWorkerSignIn1764500520000 implements MigrationInterface {
  name = 'CreateWorkerSignIn1764500520000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE worker_profiles (
        account_id uuid PRIMARY KEY REFERENCES accounts (id),
        phone text NOT NULL UNIQUE,
        worker_type text NOT NULL,
        employer text,
        language text NOT NULL,
        privacy_notice_version text NOT NULL,
        consented_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE phone_codes (
        phone text PRIMARY KEY,
        code_hash bytea NOT NULL,
        attempts_left integer NOT NULL CHECK (attempts_left >= 0),
        sent_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    // Unlogged: a counter costs no WAL on the hot path; after a crash the counters start again from zero,
    // which only forgives the current windows.
    await db.query(`
      CREATE UNLOGGED TABLE rate_limit_counters (
        key text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        window_end timestamptz NOT NULL,
        hits integer NOT NULL
      )`);
    await db.query(`CREATE INDEX rate_limit_counters_window_end ON rate_limit_counters (window_end)`);
    await db.query(`CREATE INDEX phone_codes_expires_at ON phone_codes (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rate_limit_counters`);
    await db.query(`DROP TABLE phone_codes`);
    await db.query(`DROP TABLE worker_profiles`);
  }
}
