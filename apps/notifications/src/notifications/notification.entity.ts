import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A message in a worker's in-app inbox. */
@Entity({ name: 'notifications' })
export class Notification {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'recipient_id', type: 'text' })
  recipientId!: string;

  @Column('text')
  kind!: string;

  @Column('text')
  title!: string;

  @Column('text')
  body!: string;

  @Column('jsonb')
  data!: object;

  @Column({ name: 'source_event_id', type: 'uuid' })
  sourceEventId!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
