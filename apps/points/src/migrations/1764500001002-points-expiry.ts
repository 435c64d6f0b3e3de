import { MigrationInterface, QueryRunner } from 'typeorm';
import { EXPIRY_ACCOUNT_ID } from '../ledger/system-accounts';

/**
 * Points expire oldest first: the expiry account they go to, and the warnings sent, one per worker and month at
 * most, so a job that runs every hour on every replica warns each worker once.
 */
export class PointsExpiry1764500001002 implements MigrationInterface {
  name = 'PointsExpiry1764500001002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`INSERT INTO ledger_accounts (id, kind, owner_id) VALUES ($1, 'expiry', NULL)`, [EXPIRY_ACCOUNT_ID]);
    await db.query(`
      CREATE TABLE points_expiry_warnings (
        worker_id text NOT NULL,
        month text NOT NULL CHECK (month ~ '^\\d{4}-\\d{2}$'),
        amount integer NOT NULL CHECK (amount > 0),
        expires_by timestamptz NOT NULL,
        warned_at timestamptz NOT NULL,
        PRIMARY KEY (worker_id, month)
      )`);
    await db.query(`CREATE INDEX ledger_postings_credits_by_time ON ledger_postings (credit_account_id, posted_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ledger_postings_credits_by_time`);
    await db.query(`DROP TABLE points_expiry_warnings`);
    await db.query(`ALTER TABLE ledger_postings DISABLE TRIGGER ledger_postings_append_only`);
    await db.query(`DELETE FROM ledger_postings WHERE debit_account_id = $1 OR credit_account_id = $1`, [EXPIRY_ACCOUNT_ID]);
    await db.query(`ALTER TABLE ledger_postings ENABLE TRIGGER ledger_postings_append_only`);
    await db.query(`DELETE FROM ledger_accounts WHERE id = $1`, [EXPIRY_ACCOUNT_ID]);
  }
}
