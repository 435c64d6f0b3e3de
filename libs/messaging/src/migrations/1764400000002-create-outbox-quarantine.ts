import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where the relay moves an outbox row that the broker refuses for good (too large, say), so the rows behind it
 * are published. Nothing reads it but people: docs/operations.md says how to clear it.
 */
export class CreateOutboxQuarantine1764400000002 implements MigrationInterface {
  name = 'CreateOutboxQuarantine1764400000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox_quarantine (
        id uuid PRIMARY KEY,
        seq bigint NOT NULL,
        topic text NOT NULL,
        message_key text NOT NULL,
        event_type text NOT NULL,
        event_version integer NOT NULL,
        envelope jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        reason text NOT NULL,
        quarantined_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE outbox_quarantine`);
  }
}
