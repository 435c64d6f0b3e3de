import { RewardKind, RewardLimitPeriod } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A gift or service in the catalog, which workers redeem points for at a station that holds its stock. */
@Entity({ name: 'rewards' })
export class Reward {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  kind!: RewardKind;

  @Column({ name: 'name_zh', type: 'text' })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ name: 'description_zh', type: 'text', nullable: true })
  descriptionZh!: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn!: string | null;

  @Column('integer')
  cost!: number;

  @Column({ name: 'image_url', type: 'text', nullable: true })
  imageUrl!: string | null;

  /** For a service reward: the stations service's session it is a place in (a reference only). */
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId!: string | null;

  @Column({ name: 'per_worker_limit', type: 'integer', nullable: true })
  perWorkerLimit!: number | null;

  @Column({ name: 'limit_period', type: 'text', nullable: true })
  limitPeriod!: RewardLimitPeriod | null;

  @Column({ name: 'valid_from', type: 'timestamptz', nullable: true })
  validFrom!: Date | null;

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil!: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

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
