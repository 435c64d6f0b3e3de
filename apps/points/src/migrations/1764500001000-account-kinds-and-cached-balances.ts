import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account kinds become data: a new kind (a community's budget, the adjustments account) is a row, not a change to a
 * `CHECK`. Each kind says whether its accounts may go below zero. Accounts of kinds that may not (workers') keep a
 * cached balance, moved by the same statement that posts, and a `CHECK (balance >= 0)` refuses any posting that
 * would overdraw one, also when two transactions race. Accounts that may go negative (issuance, redemptions) have
 * no cached balance: every credit moves one of them, and a cached figure there would make one hot row that all
 * crediting transactions queue on. `npm run points:check` proves every cached balance equals its postings.
 */
export class AccountKindsAndCachedBalances1764500001000 implements MigrationInterface {
  name = 'AccountKindsAndCachedBalances1764500001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ledger_account_kinds (
        code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
        description text NOT NULL,
        may_go_negative boolean NOT NULL
      )`);
    await db.query(`
      INSERT INTO ledger_account_kinds (code, description, may_go_negative) VALUES
        ('worker', 'A worker''s spendable points', false),
        ('issuance', 'The city''s account points are issued from', true),
        ('redemptions', 'Where redeemed points go; refunds come back from it', true),
        ('expiry', 'Where expired points go', true)`);
    await db.query(`ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check`);
    await db.query(
      `ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_kind_fkey FOREIGN KEY (kind) REFERENCES ledger_account_kinds (code)`,
    );
    await db.query(
      `ALTER TABLE ledger_accounts ADD COLUMN balance bigint CONSTRAINT ledger_accounts_balance_never_negative CHECK (balance >= 0)`,
    );
    await db.query(
      `COMMENT ON COLUMN ledger_accounts.balance IS 'Cached balance of an account whose kind may not go negative; NULL for the others'`,
    );
    await db.query(`
      UPDATE ledger_accounts account
         SET balance = (SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE credit_account_id = account.id)
                     - (SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE debit_account_id = account.id)
        FROM ledger_account_kinds kind
       WHERE kind.code = account.kind AND NOT kind.may_go_negative`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ledger_accounts DROP COLUMN balance`);
    await db.query(`ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_fkey`);
    await db.query(`ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_kind_check CHECK (kind IN ('worker', 'issuance'))`);
    await db.query(`DROP TABLE ledger_account_kinds`);
  }
}
