import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotifications1764400003000 implements MigrationInterface {
  name = 'CreateNotifications1764400003000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        recipient_id text NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        source_event_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (source_event_id, recipient_id)
      )`);
    await db.query(`CREATE INDEX notifications_inbox ON notifications (recipient_id, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notifications`);
  }
}
