import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An event waiting to be published, written in the same transaction as the state change it announces. */
@Entity({ name: 'outbox_messages' })
export class OutboxMessage {
  /** The event id: one row per event. */
  @PrimaryColumn('uuid')
  id!: string;

  /** Insertion order; the relay publishes in this order so each aggregate's events keep theirs. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('text')
  topic!: string;

  @Column({ name: 'message_key', type: 'text' })
  messageKey!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  @Column({ name: 'event_version', type: 'integer' })
  eventVersion!: number;

  @Column('jsonb')
  envelope!: object;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
