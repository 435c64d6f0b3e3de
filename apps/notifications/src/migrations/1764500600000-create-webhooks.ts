import { MigrationInterface, QueryRunner } from 'typeorm';

/** Departments' webhook endpoints, one delivery per event and endpoint, and each delivery's attempts. */
export class CreateWebhooks1764500600000 implements MigrationInterface {
  name = 'CreateWebhooks1764500600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY,
        department_code text NOT NULL,
        url text NOT NULL,
        event_types text[] NOT NULL,
        active boolean NOT NULL,
        description text,
        secret text NOT NULL,
        secret_rotated_at timestamptz NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        idempotency_key text,
        idempotency_fingerprint text
      )`);
    await db.query(`CREATE INDEX webhook_endpoints_department ON webhook_endpoints (department_code, id)`);
    await db.query(`CREATE UNIQUE INDEX webhook_endpoints_idempotency ON webhook_endpoints (created_by, idempotency_key)`);
    await db.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        body text NOT NULL,
        status text NOT NULL,
        attempts_in_round integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        give_up_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT webhook_deliveries_once UNIQUE (endpoint_id, event_id)
      )`);
    await db.query(`CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'`);
    await db.query(`CREATE INDEX webhook_deliveries_log ON webhook_deliveries (endpoint_id, status, id)`);
    await db.query(`
      CREATE TABLE webhook_attempts (
        id uuid PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
        attempted_at timestamptz NOT NULL,
        status_code integer,
        error text,
        duration_ms integer NOT NULL
      )`);
    await db.query(`CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, attempted_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE webhook_attempts`);
    await db.query(`DROP TABLE webhook_deliveries`);
    await db.query(`DROP TABLE webhook_endpoints`);
  }
}
