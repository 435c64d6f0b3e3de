import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A city system allowed to post Open311 service requests, by the key the city office issued it. */
@Entity('open311_clients')
export class Open311Client {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  contact!: string;

  /** SHA-256 of the api_key (see open311-api-key.ts); the key itself is shown once and never stored. */
  @Column('bytea', { name: 'key_hash' })
  keyHash!: Buffer;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('text', { name: 'revoked_by', nullable: true })
  revokedBy!: string | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
