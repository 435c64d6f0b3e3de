import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The city systems the city office lets post Open311 service requests. Only the SHA-256 of each api_key is kept:
 * the key is 32 random bytes, too much entropy to guess from its hash, so a slow password hash would add nothing.
 */
export class CreateOpen311Clients1764500534311 implements MigrationInterface {
  name = 'CreateOpen311Clients1764500534311';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE open311_clients (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        contact text NOT NULL,
        key_hash bytea NOT NULL UNIQUE,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        revoked_by text,
        revoked_at timestamptz,
        CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE open311_clients`);
  }
}
