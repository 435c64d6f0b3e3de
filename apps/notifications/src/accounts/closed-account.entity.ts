import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An account closed by its owner: its inbox was erased, and nothing is delivered to it any more. Only the
 * pseudonymous id is kept, so an event about the account that arrives late cannot bring its messages back.
 */
@Entity({ name: 'closed_accounts' })
export class ClosedAccount {
  @PrimaryColumn({ name: 'account_id', type: 'text' })
  accountId!: string;

  @Column({ name: 'closed_at', type: 'timestamptz' })
  closedAt!: Date;
}
