import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets the retention purge find old outbox and inbox rows without scanning the tables. Rows arrive in time
 * order, so BRIN indexes fit: a few pages, next to nothing to maintain on each insert.
 */
export class IndexMessagingRetention1764400000002 implements MigrationInterface {
  name = 'IndexMessagingRetention1764400000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX outbox_messages_created ON outbox_messages USING brin (created_at)`);
    await db.query(`CREATE INDEX inbox_messages_processed ON inbox_messages USING brin (processed_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX inbox_messages_processed`);
    await db.query(`DROP INDEX outbox_messages_created`);
  }
}
