import { AccountRole, ActorScopes } from '@waystation/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type AccountStatus = 'active' | 'closed';

/** Someone who signs in; the id is the pseudonymous actor id every service knows them by. */
@Entity('accounts')
export class Account {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  role!: AccountRole;

  @Column('jsonb')
  scopes!: ActorScopes;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text')
  status!: AccountStatus;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;
}
