import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The one personal thing points keeps: a worker's display name, for the leaderboards (shown masked), and whether
 * they take part. Projected from account events; erased when the account closes.
 */
export class WorkerProfiles1764500001003 implements MigrationInterface {
  name = 'WorkerProfiles1764500001003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE worker_profiles (
        worker_id text PRIMARY KEY,
        display_name text,
        on_leaderboard boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL
      )`);
    await db.query(
      `CREATE INDEX ledger_postings_earnings_by_community ON ledger_postings (community_code, earned_at) WHERE rule_version_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ledger_postings_earnings_by_community`);
    await db.query(`DROP TABLE worker_profiles`);
  }
}
