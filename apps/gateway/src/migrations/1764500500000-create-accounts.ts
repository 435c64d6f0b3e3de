import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Everyone who signs in: workers (by phone) and staff (by account and password, or the city's identity
 * provider). How each one signs in lives in its own table beside this one.
 */
export class CreateAccounts1764500500000 implements MigrationInterface {
  name = 'CreateAccounts1764500500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY,
        role text NOT NULL,
        scopes jsonb NOT NULL DEFAULT '{"stations": [], "communities": []}',
        display_name text NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE accounts`);
  }
}
