import { MigrationInterface, QueryRunner } from 'typeorm';
import { REDEMPTIONS_ACCOUNT_ID } from '../ledger/system-accounts';

/**
 * The rewards catalog, each reward's stock per collection station, and redemptions. A stock row's `remaining` is
 * NULL for an unlimited reward and never below zero otherwise, so one `UPDATE … WHERE remaining > 0` takes an item
 * or takes none, however many redemptions race for the last one. A redemption's points go to the system account of
 * kind `redemptions` (no cached balance, so no hot row) and come back by a reversal posting.
 */
export class CreateRewardsAndRedemptions1764500002000 implements MigrationInterface {
  name = 'CreateRewardsAndRedemptions1764500002000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`INSERT INTO ledger_accounts (id, kind, owner_id, balance) VALUES ($1, 'redemptions', NULL, NULL)`, [
      REDEMPTIONS_ACCOUNT_ID,
    ]);
    await db.query(`
      CREATE TABLE rewards (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('gift', 'service')),
        name_zh text NOT NULL,
        name_en text NOT NULL,
        description_zh text,
        description_en text,
        cost integer NOT NULL CHECK (cost > 0),
        image_url text,
        session_id uuid,
        per_worker_limit integer CHECK (per_worker_limit > 0),
        limit_period text CHECK (limit_period IN ('day', 'week', 'month', 'year')),
        valid_from timestamptz,
        valid_until timestamptz,
        withdrawn_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        idempotency_key text,
        idempotency_fingerprint text,
        CHECK ((per_worker_limit IS NULL) = (limit_period IS NULL)),
        CHECK (valid_until > valid_from),
        UNIQUE (created_by, idempotency_key)
      )`);
    await db.query(`
      CREATE TABLE reward_stocks (
        reward_id uuid NOT NULL REFERENCES rewards (id),
        station_id uuid NOT NULL,
        remaining integer CONSTRAINT reward_stocks_never_negative CHECK (remaining >= 0),
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (reward_id, station_id)
      )`);
    await db.query(`COMMENT ON COLUMN reward_stocks.remaining IS 'Items left to redeem at the station; NULL when unlimited'`);
    await db.query(`CREATE INDEX reward_stocks_by_station ON reward_stocks (station_id)`);
    await db.query(`
      CREATE TABLE redemptions (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        worker_id text NOT NULL,
        reward_id uuid NOT NULL REFERENCES rewards (id),
        station_id uuid NOT NULL,
        cost integer NOT NULL CHECK (cost > 0),
        status text NOT NULL CHECK (status IN ('placed', 'fulfilled', 'cancelled', 'expired')),
        placed_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        fulfilled_at timestamptz,
        fulfilled_by text,
        ended_at timestamptz,
        debit_posting_id uuid NOT NULL,
        refund_posting_id uuid,
        idempotency_key text,
        idempotency_fingerprint text,
        UNIQUE (worker_id, idempotency_key)
      )`);
    await db.query(`CREATE INDEX redemptions_by_worker ON redemptions (worker_id, id)`);
    await db.query(`CREATE INDEX redemptions_by_worker_reward ON redemptions (worker_id, reward_id, placed_at)`);
    await db.query(`CREATE INDEX redemptions_uncollected ON redemptions (expires_at) WHERE status = 'placed'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE redemptions`);
    await db.query(`DROP TABLE reward_stocks`);
    await db.query(`DROP TABLE rewards`);
    await db.query(`DELETE FROM ledger_accounts WHERE id = $1`, [REDEMPTIONS_ACCOUNT_ID]);
  }
}
