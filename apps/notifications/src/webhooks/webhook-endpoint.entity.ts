import type { WebhookEventType } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A department's HTTPS endpoint: the events it takes, and the secret its deliveries are signed with. */
@Entity({ name: 'webhook_endpoints' })
export class WebhookEndpoint {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'department_code', type: 'text' })
  departmentCode!: string;

  @Column('text')
  url!: string;

  @Column({ name: 'event_types', type: 'text', array: true })
  eventTypes!: WebhookEventType[];

  @Column('boolean')
  active!: boolean;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** The signing secret, sealed by WebhookSecretCipher: the database alone cannot sign (docs/threat-model.md). */
  @Column({ name: 'sealed_secret', type: 'text' })
  sealedSecret!: string;

  @Column({ name: 'secret_rotated_at', type: 'timestamptz' })
  secretRotatedAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'idempotency_fingerprint', type: 'text', nullable: true })
  idempotencyFingerprint!: string | null;
}
