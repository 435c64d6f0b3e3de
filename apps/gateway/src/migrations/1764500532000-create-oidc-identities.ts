import { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff who sign in through the city's identity provider: the account each (issuer, subject) became. */
export class CreateOidcIdentities1764500532000 implements MigrationInterface {
  name = 'CreateOidcIdentities1764500532000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE oidc_identities (
        issuer text NOT NULL,
        subject text NOT NULL,
        account_id uuid NOT NULL UNIQUE REFERENCES accounts (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issuer, subject)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE oidc_identities`);
  }
}
