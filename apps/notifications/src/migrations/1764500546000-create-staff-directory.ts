import { MigrationInterface, QueryRunner } from 'typeorm';

/** Which staff serve which community, from the gateway's account events, so report events can reach them. */
export class CreateStaffDirectory1764500546000 implements MigrationInterface {
  name = 'CreateStaffDirectory1764500546000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE staff_directory (
        account_id text PRIMARY KEY,
        role text NOT NULL,
        communities text[] NOT NULL DEFAULT '{}',
        language text NOT NULL DEFAULT 'zh-CN',
        updated_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX staff_directory_communities ON staff_directory USING gin (communities)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE staff_directory`);
  }
}
