import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOutbox1764400000000 implements MigrationInterface {
  name = 'CreateOutbox1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox_messages (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        topic text NOT NULL,
        message_key text NOT NULL,
        event_type text NOT NULL,
        event_version integer NOT NULL,
        envelope jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await db.query(`CREATE INDEX outbox_messages_pending ON outbox_messages (seq) WHERE published_at IS NULL`);
    // NOTIFY is delivered at commit, so the relay wakes exactly when new rows become visible.
    await db.query(`
      CREATE FUNCTION outbox_messages_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_pending', '');
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER outbox_messages_notify AFTER INSERT ON outbox_messages
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_messages_notify()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE outbox_messages`);
    await db.query(`DROP FUNCTION outbox_messages_notify`);
  }
}
