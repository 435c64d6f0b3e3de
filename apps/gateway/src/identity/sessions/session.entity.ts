import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Why a session ended before its refresh token ran out. */
export type SessionRevocationReason = 'signed-out' | 'signed-out-everywhere' | 'refresh-token-reused' | 'account-closed';

/** A sign-in: one refresh-token family, from the sign-in until it is revoked or left unused past its lifetime. */
@Entity('sessions')
export class Session {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'account_id' })
  accountId!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'refreshed_at', nullable: true })
  refreshedAt!: Date | null;

  @Column('text', { name: 'client_ip' })
  clientIp!: string;

  @Column('text', { name: 'user_agent', nullable: true })
  userAgent!: string | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column('text', { name: 'revoked_reason', nullable: true })
  revokedReason!: SessionRevocationReason | null;
}
