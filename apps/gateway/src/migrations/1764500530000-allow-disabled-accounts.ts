import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The city office can disable an account (a staff member who left, a lost laptop) and enable it again; unlike
 * `closed` it keeps everything. Every sign-in and refresh refuses an account that is not `active`.
 */
export class AllowDisabledAccounts1764500530000 implements MigrationInterface {
  name = 'AllowDisabledAccounts1764500530000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE accounts DROP CONSTRAINT accounts_status_check`);
    await db.query(`ALTER TABLE accounts ADD CONSTRAINT accounts_status_check CHECK (status IN ('active', 'disabled', 'closed'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE accounts SET status = 'closed' WHERE status = 'disabled'`);
    await db.query(`ALTER TABLE accounts DROP CONSTRAINT accounts_status_check`);
    await db.query(`ALTER TABLE accounts ADD CONSTRAINT accounts_status_check CHECK (status IN ('active', 'closed'))`);
  }
}
