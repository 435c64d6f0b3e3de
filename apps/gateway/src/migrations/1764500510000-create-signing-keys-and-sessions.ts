import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The keys that sign access tokens (shared by every replica), and the sign-in sessions: one refresh-token
 * family each, every token of the family kept (as a hash) so that the reuse of a rotated one is recognised.
 */
export class CreateSigningKeysAndSessions1764500510000 implements MigrationInterface {
  name = 'CreateSigningKeysAndSessions1764500510000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE signing_keys (
        kid text PRIMARY KEY,
        algorithm text NOT NULL,
        public_jwk jsonb NOT NULL,
        private_jwk jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        activated_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz,
        CHECK ((retired_at IS NULL) = (private_jwk IS NOT NULL))
      )`);
    // One key signs at a time.
    await db.query(`CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys ((true)) WHERE retired_at IS NULL`);
    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        refreshed_at timestamptz,
        client_ip text NOT NULL,
        user_agent text,
        revoked_at timestamptz,
        revoked_reason text CHECK (revoked_reason IN ('signed-out', 'signed-out-everywhere', 'refresh-token-reused', 'account-closed')),
        CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
      )`);
    await db.query(`CREATE INDEX sessions_active_by_account ON sessions (account_id) WHERE revoked_at IS NULL`);
    await db.query(`
      CREATE TABLE refresh_tokens (
        token_hash bytea PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        rotated_at timestamptz
      )`);
    await db.query(`CREATE INDEX refresh_tokens_by_session ON refresh_tokens (session_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE refresh_tokens`);
    await db.query(`DROP TABLE sessions`);
    await db.query(`DROP TABLE signing_keys`);
  }
}
