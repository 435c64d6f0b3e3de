import { MigrationInterface, QueryRunner } from 'typeorm';
import { ADJUSTMENTS_ACCOUNT_ID } from '../ledger/system-accounts';

/**
 * What the ledger needs to say why each point exists:
 * - earning rules per event type (and report category group), versioned by the time they take effect: a new
 *   version applies to facts from then on and never changes points already earned. Caps are per worker and
 *   rule version's rule, per day and per month on the city's clock.
 * - every earning posting records the rule version that produced it, the community it is charged to and the
 *   report category; a reversal names the posting it reverses.
 * - a worker's pending (reserved, not yet earned) points sit in an account of their own; each community has a
 *   budget account its earned points are charged to, with a budget per month that the city office sets.
 * - the city office's manual adjustments: a posting to or from the adjustments account, with the reason the worker
 *   reads (`note`), and a row of who made it under which Idempotency-Key.
 */
export class EarningRuleVersionsAndBudgets1764500001001 implements MigrationInterface {
  name = 'EarningRuleVersionsAndBudgets1764500001001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      INSERT INTO ledger_account_kinds (code, description, may_go_negative) VALUES
        ('worker-pending', 'A worker''s reserved points: pending until the fact they pay for is confirmed', false),
        ('community-budget', 'A community''s budget account: the points earned in that community come from it', true),
        ('adjustments', 'The city office''s manual adjustments', true)`);
    await db.query(`
      CREATE TABLE earning_rule_versions (
        id uuid PRIMARY KEY,
        event_type text NOT NULL,
        category_group text NOT NULL DEFAULT '',
        points integer NOT NULL CHECK (points >= 0),
        daily_cap integer CHECK (daily_cap > 0),
        monthly_cap integer CHECK (monthly_cap > 0),
        effective_from timestamptz NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        note text,
        UNIQUE (event_type, category_group, effective_from)
      )`);
    await db.query(
      `COMMENT ON COLUMN earning_rule_versions.category_group IS 'The report category group a report rule pays for; empty for rules of other events'`,
    );
    await db.query(`
      INSERT INTO earning_rule_versions (id, event_type, category_group, points, daily_cap, monthly_cap, effective_from, created_by, note)
      SELECT gen_random_uuid(), rule.event_type, rule.category_group, rule.points, rule.daily_cap, rule.monthly_cap,
             '2000-01-01T00:00:00+08:00', 'seed', 'the city''s first earning rules'
        FROM (VALUES
          ('report.confirmed', 'environment', 5, NULL, 300),
          ('report.confirmed', 'obstruction', 5, NULL, 300),
          ('report.confirmed', 'facilities', 8, NULL, 300),
          ('report.confirmed', 'safety', 10, NULL, 300),
          ('report.confirmed', 'people', 20, NULL, 300),
          ('report.confirmed', 'other', 3, NULL, 300),
          ('report.merged', 'environment', 1, 10, NULL),
          ('report.merged', 'obstruction', 1, 10, NULL),
          ('report.merged', 'facilities', 1, 10, NULL),
          ('report.merged', 'safety', 1, 10, NULL),
          ('report.merged', 'people', 1, 10, NULL),
          ('report.merged', 'other', 1, 10, NULL),
          ('report.closed', 'environment', 2, NULL, NULL),
          ('report.closed', 'obstruction', 2, NULL, NULL),
          ('report.closed', 'facilities', 2, NULL, NULL),
          ('report.closed', 'safety', 2, NULL, NULL),
          ('report.closed', 'people', 2, NULL, NULL),
          ('report.closed', 'other', 2, NULL, NULL),
          ('station.checked-in', '', 1, 1, NULL),
          ('station-session.attended', '', 5, NULL, NULL)
        ) AS rule(event_type, category_group, points, daily_cap, monthly_cap)`);
    await db.query(`DROP TABLE earning_rules`);
    await db.query(`ALTER TABLE ledger_postings ADD COLUMN rule_version_id uuid REFERENCES earning_rule_versions (id)`);
    await db.query(`ALTER TABLE ledger_postings ADD COLUMN community_code text`);
    await db.query(`ALTER TABLE ledger_postings ADD COLUMN category_code text`);
    await db.query(`ALTER TABLE ledger_postings ADD COLUMN reverses_posting_id uuid REFERENCES ledger_postings (id)`);
    await db.query(`ALTER TABLE ledger_postings ADD COLUMN earned_at timestamptz`);
    await db.query(
      `COMMENT ON COLUMN ledger_postings.earned_at IS 'When the fact an earning pays for happened (the day and month its caps count in)'`,
    );
    await db.query(
      `CREATE INDEX ledger_postings_by_community_month ON ledger_postings (community_code, posted_at) WHERE community_code IS NOT NULL`,
    );
    await db.query(`ALTER TABLE ledger_postings ADD COLUMN note text`);
    await db.query(
      `COMMENT ON COLUMN ledger_postings.note IS 'The city office''s reason for an adjustment, shown in the worker''s history'`,
    );
    await db.query(`INSERT INTO ledger_accounts (id, kind, owner_id) VALUES ($1, 'adjustments', NULL)`, [ADJUSTMENTS_ACCOUNT_ID]);
    await db.query(`
      CREATE TABLE point_adjustments (
        id uuid PRIMARY KEY,
        posting_id uuid NOT NULL UNIQUE REFERENCES ledger_postings (id),
        worker_id text NOT NULL,
        amount integer NOT NULL CHECK (amount <> 0),
        reason text NOT NULL,
        balance_after integer NOT NULL,
        adjusted_by text NOT NULL,
        adjusted_at timestamptz NOT NULL,
        idempotency_key text,
        idempotency_fingerprint text,
        UNIQUE (adjusted_by, idempotency_key)
      )`);
    await db.query(`
      CREATE TABLE community_budgets (
        community_code text NOT NULL,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        points integer NOT NULL CHECK (points >= 0),
        set_by text NOT NULL,
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (community_code, month)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE community_budgets`);
    await db.query(`DROP TABLE point_adjustments`);
    // The earlier schema has no place for pending points, budgets or adjustments: their postings and accounts go.
    const newKinds = ['worker-pending', 'community-budget', 'adjustments'];
    await db.query(`ALTER TABLE ledger_postings DISABLE TRIGGER ledger_postings_append_only`);
    await db.query(
      `DELETE FROM ledger_postings WHERE debit_account_id IN (SELECT id FROM ledger_accounts WHERE kind = ANY($1))
                                    OR credit_account_id IN (SELECT id FROM ledger_accounts WHERE kind = ANY($1))`,
      [newKinds],
    );
    await db.query(`ALTER TABLE ledger_postings ENABLE TRIGGER ledger_postings_append_only`);
    await db.query(`DELETE FROM ledger_accounts WHERE kind = ANY($1)`, [newKinds]);
    await db.query(`ALTER TABLE ledger_postings DROP COLUMN note`);
    await db.query(`DROP INDEX ledger_postings_by_community_month`);
    for (const column of ['earned_at', 'reverses_posting_id', 'category_code', 'community_code', 'rule_version_id']) {
      await db.query(`ALTER TABLE ledger_postings DROP COLUMN ${column}`);
    }
    await db.query(
      `CREATE TABLE earning_rules (category text PRIMARY KEY, points integer NOT NULL CHECK (points > 0), updated_at timestamptz NOT NULL DEFAULT now())`,
    );
    await db.query(`
      INSERT INTO earning_rules (category, points) VALUES
        ('sanitation', 10), ('piled-materials', 10), ('exposed-garbage', 10), ('road-damage', 15),
        ('safety-hazard', 20), ('elderly-care', 30), ('other', 5)`);
    await db.query(`DROP TABLE earning_rule_versions`);
    await db.query(`DELETE FROM ledger_account_kinds WHERE code = ANY($1)`, [newKinds]);
  }
}
