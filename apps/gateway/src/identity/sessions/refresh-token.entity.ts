import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One refresh token of a session, by its SHA-256 hash; a rotated one is kept so that its reuse is recognised. */
@Entity('refresh_tokens')
export class RefreshTokenRecord {
  @PrimaryColumn('bytea', { name: 'token_hash' })
  tokenHash!: Buffer;

  @Column('uuid', { name: 'session_id' })
  sessionId!: string;

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'rotated_at', nullable: true })
  rotatedAt!: Date | null;
}
