import { Language, WorkerType } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A worker's phone (how they sign in), profile and consent; beside their row in `accounts`. */
@Entity('worker_profiles')
export class WorkerProfile {
  @PrimaryColumn('uuid', { name: 'account_id' })
  accountId!: string;

  /** E.164; a closed account's is a tombstone, so the number can sign up anew. */
  @Column('text')
  phone!: string;

  @Column('text', { name: 'worker_type' })
  workerType!: WorkerType;

  @Column('text', { nullable: true })
  employer!: string | null;

  @Column('text')
  language!: Language;

  @Column('text', { name: 'privacy_notice_version' })
  privacyNoticeVersion!: string;

  @Column('timestamptz', { name: 'consented_at' })
  consentedAt!: Date;
}
