import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of `ledger_account_kinds`; the kinds are data, so this is any code the table holds. */
export type LedgerAccountKind = string;

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
