import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How a staff account signs in with a password; the account itself (role, scopes, status) is in `accounts`. */
@Entity('staff_credentials')
export class StaffCredential {
  @PrimaryColumn('uuid', { name: 'account_id' })
  accountId!: string;

  /** Lower case, unique. */
  @Column('text')
  username!: string;

  /** Argon2id, as a PHC string (algorithm, parameters and salt included). */
  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  @Column('timestamptz', { name: 'password_changed_at' })
  passwordChangedAt!: Date;
}
