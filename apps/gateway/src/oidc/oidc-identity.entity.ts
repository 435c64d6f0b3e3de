import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The account a subject of the city's identity provider signs in as. */
@Entity('oidc_identities')
export class OidcIdentity {
  @PrimaryColumn('text')
  issuer!: string;

  @PrimaryColumn('text')
  subject!: string;

  @Column('uuid', { name: 'account_id' })
  accountId!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'last_sign_in_at' })
  lastSignInAt!: Date;
}
