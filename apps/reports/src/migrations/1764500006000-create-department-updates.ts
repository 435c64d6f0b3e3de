import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The updates departments sent over Kafka, one row per (department, updateId): written in the transaction of the
 * move it made, so the same update delivered again finds its row and does nothing, and the fingerprint of what it
 * asked for tells a redelivery from an updateId reused for a different update.
 */
export class CreateDepartmentUpdates1764500006000 implements MigrationInterface {
  name = 'CreateDepartmentUpdates1764500006000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE department_updates (
        department_code text NOT NULL,
        update_id text NOT NULL,
        fingerprint text NOT NULL,
        report_id uuid NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (department_code, update_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE department_updates`);
  }
}
