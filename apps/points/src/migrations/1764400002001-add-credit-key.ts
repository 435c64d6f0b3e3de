import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every credit gets a deterministic business key (the rule and the fact it pays for, e.g.
 * `report.confirmed:<reportId>`), unique across the ledger: a second event for a fact already credited, whatever
 * its event id, finds the key taken and credits nothing. Postings written before keep their first credit per
 * report as the keyed one; any later duplicates stay in the append-only ledger unkeyed.
 */
export class AddCreditKey1764400002001 implements MigrationInterface {
  name = 'AddCreditKey1764400002001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ledger_postings ADD COLUMN credit_key text`);
    // The append-only trigger refuses every UPDATE; the backfill is the one sanctioned change to old rows.
    await db.query(`ALTER TABLE ledger_postings DISABLE TRIGGER ledger_postings_append_only`);
    await db.query(`
      UPDATE ledger_postings SET credit_key = first.credit_key
        FROM (SELECT DISTINCT ON (reason, reference_id) id, reason || ':' || reference_id AS credit_key
                FROM ledger_postings WHERE reference_id IS NOT NULL ORDER BY reason, reference_id, id) AS first
       WHERE ledger_postings.id = first.id`);
    await db.query(`ALTER TABLE ledger_postings ENABLE TRIGGER ledger_postings_append_only`);
    await db.query(`CREATE UNIQUE INDEX ledger_postings_once_per_credit ON ledger_postings (credit_key)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ledger_postings_once_per_credit`);
    await db.query(`ALTER TABLE ledger_postings DROP COLUMN credit_key`);
  }
}
