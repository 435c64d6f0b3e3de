import { MigrationInterface, QueryRunner } from 'typeorm';

/** Disabling an account and resetting its password end its sessions: two more reasons a session was revoked. */
export class EndSessionsOfStaffChanges1764500533000 implements MigrationInterface {
  name = 'EndSessionsOfStaffChanges1764500533000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions DROP CONSTRAINT sessions_revoked_reason_check`);
    await db.query(`
      ALTER TABLE sessions ADD CONSTRAINT sessions_revoked_reason_check CHECK (revoked_reason IN
        ('signed-out', 'signed-out-everywhere', 'refresh-token-reused', 'account-closed', 'account-disabled', 'password-reset'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `UPDATE sessions SET revoked_reason = 'signed-out-everywhere' WHERE revoked_reason IN ('account-disabled', 'password-reset')`,
    );
    await db.query(`ALTER TABLE sessions DROP CONSTRAINT sessions_revoked_reason_check`);
    await db.query(`
      ALTER TABLE sessions ADD CONSTRAINT sessions_revoked_reason_check CHECK (revoked_reason IN
        ('signed-out', 'signed-out-everywhere', 'refresh-token-reused', 'account-closed'))`);
  }
}
