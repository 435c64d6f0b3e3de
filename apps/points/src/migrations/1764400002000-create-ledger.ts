import { MigrationInterface, QueryRunner } from 'typeorm';
import { ISSUANCE_ACCOUNT_ID } from '../ledger/system-accounts';

export class CreateLedger1764400002000 implements MigrationInterface {
  name = 'CreateLedger1764400002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ledger_accounts (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('worker', 'issuance')),
        owner_id text,
        opened_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (kind, owner_id)
      )`);
    await db.query(`INSERT INTO ledger_accounts (id, kind, owner_id) VALUES ($1, 'issuance', NULL)`, [ISSUANCE_ACCOUNT_ID]);
    // Append-only double entry: every posting moves a positive amount from one account to another, so the
    // ledger always sums to zero; balances are derived from the postings.
    await db.query(`
      CREATE TABLE ledger_postings (
        id uuid PRIMARY KEY,
        debit_account_id uuid NOT NULL REFERENCES ledger_accounts (id),
        credit_account_id uuid NOT NULL REFERENCES ledger_accounts (id),
        amount integer NOT NULL CHECK (amount > 0),
        reason text NOT NULL,
        reference_id text,
        source_event_id uuid,
        posted_at timestamptz NOT NULL DEFAULT now(),
        CHECK (debit_account_id <> credit_account_id)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX ledger_postings_once_per_event ON ledger_postings (source_event_id, reason) WHERE source_event_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX ledger_postings_by_credit_account ON ledger_postings (credit_account_id, id)`);
    await db.query(`CREATE INDEX ledger_postings_by_debit_account ON ledger_postings (debit_account_id, id)`);
    await db.query(`
      CREATE FUNCTION ledger_postings_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger_postings is append-only';
      END $$`);
    await db.query(`
      CREATE TRIGGER ledger_postings_append_only BEFORE UPDATE OR DELETE ON ledger_postings
      FOR EACH ROW EXECUTE FUNCTION ledger_postings_append_only()`);
    await db.query(`
      CREATE TABLE earning_rules (
        category text PRIMARY KEY,
        points integer NOT NULL CHECK (points > 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      INSERT INTO earning_rules (category, points) VALUES
        ('sanitation', 10), ('piled-materials', 10), ('exposed-garbage', 10), ('road-damage', 15),
        ('safety-hazard', 20), ('elderly-care', 30), ('other', 5)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE earning_rules`);
    await db.query(`DROP TABLE ledger_postings`);
    await db.query(`DROP FUNCTION ledger_postings_append_only`);
    await db.query(`DROP TABLE ledger_accounts`);
  }
}
