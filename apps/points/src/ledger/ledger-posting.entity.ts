import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One movement of points between two accounts; never updated or deleted. */
@Entity({ name: 'ledger_postings' })
export class LedgerPosting {
  @PrimaryColumn('uuid')
  id!: string;

  /** The fact the posting pays for (`report.confirmed:<reportId>`); unique, so each is posted once. */
  @Column({ name: 'credit_key', type: 'text', nullable: true })
  creditKey!: string | null;

  @Column({ name: 'debit_account_id', type: 'uuid' })
  debitAccountId!: string;

  @Column({ name: 'credit_account_id', type: 'uuid' })
  creditAccountId!: string;

  @Column('integer')
  amount!: number;

  @Column('text')
  reason!: string;

  @Column({ name: 'reference_id', type: 'text', nullable: true })
  referenceId!: string | null;

  @Column({ name: 'source_event_id', type: 'uuid', nullable: true })
  sourceEventId!: string | null;

  @Column({ name: 'posted_at', type: 'timestamptz' })
  postedAt!: Date;
}
