import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateClosedAccounts1764500540000 implements MigrationInterface {
  name = 'CreateClosedAccounts1764500540000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE closed_accounts (
        account_id text PRIMARY KEY,
        closed_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE closed_accounts`);
  }
}
