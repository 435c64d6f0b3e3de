import type { JWK } from 'jose';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A key pair that signs access tokens, shared by every gateway replica. The one not retired signs; a retired
 * one has lost its private half and stays listed in the JWKS until every token it signed has expired.
 */
@Entity('signing_keys')
export class SigningKeyRecord {
  @PrimaryColumn('text')
  kid!: string;

  @Column('text')
  algorithm!: string;

  @Column('jsonb', { name: 'public_jwk' })
  publicJwk!: JWK;

  @Column('jsonb', { name: 'private_jwk', nullable: true })
  privateJwk!: JWK | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'activated_at' })
  activatedAt!: Date;

  @Column('timestamptz', { name: 'retired_at', nullable: true })
  retiredAt!: Date | null;
}
