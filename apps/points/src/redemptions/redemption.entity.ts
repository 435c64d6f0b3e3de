import { RedemptionStatus } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Points a worker spent on one reward, to collect at one station with a short code. */
@Entity({ name: 'redemptions' })
export class Redemption {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  code!: string;

  @Column({ name: 'worker_id', type: 'text' })
  workerId!: string;

  @Column({ name: 'reward_id', type: 'uuid' })
  rewardId!: string;

  @Column({ name: 'station_id', type: 'uuid' })
  stationId!: string;

  @Column('integer')
  cost!: number;

  @Column('text')
  status!: RedemptionStatus;

  @Column({ name: 'placed_at', type: 'timestamptz' })
  placedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'fulfilled_at', type: 'timestamptz', nullable: true })
  fulfilledAt!: Date | null;

  @Column({ name: 'fulfilled_by', type: 'text', nullable: true })
  fulfilledBy!: string | null;

  /** When it was cancelled or expired. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'debit_posting_id', type: 'uuid' })
  debitPostingId!: string;

  @Column({ name: 'refund_posting_id', type: 'uuid', nullable: true })
  refundPostingId!: string | null;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'idempotency_fingerprint', type: 'text', nullable: true })
  idempotencyFingerprint!: string | null;
}
