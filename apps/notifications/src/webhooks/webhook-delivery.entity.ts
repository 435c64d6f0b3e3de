import type { WebhookDeliveryStatus, WebhookEventType } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One event for one endpoint (unique per pair), sent until the endpoint takes it or a day of attempts failed. */
@Entity({ name: 'webhook_deliveries' })
export class WebhookDelivery {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: WebhookEventType;

  /** The exact bytes every attempt sends and signs: the event's JSON. */
  @Column('text')
  body!: string;

  @Column('text')
  status!: WebhookDeliveryStatus;

  /** Attempts since it was queued or last replayed: the retry schedule's step. */
  @Column({ name: 'attempts_in_round', type: 'integer' })
  attemptsInRound!: number;

  /** When the next attempt is due (or, while one is in flight, when its claim lapses); null unless pending. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  /** A day after it was queued (or replayed): no attempt is scheduled past it. */
  @Column({ name: 'give_up_at', type: 'timestamptz' })
  giveUpAt!: Date;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
