import { Column, Entity, PrimaryColumn } from 'typeorm';

export type LedgerAccountKind = 'worker' | 'issuance';

@Entity({ name: 'ledger_accounts' })
export class LedgerAccount {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  kind!: LedgerAccountKind;

  /** The worker's account id in the identity system; null for system accounts. */
  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId!: string | null;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;
}
