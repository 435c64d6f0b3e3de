import type { Account } from '../accounts/account.entity';
import type { StaffCredential } from './staff-credential.entity';

/** A staff account that signs in with a password: the account and its credential. */
export interface StaffMember {
  account: Account;
  credential: StaffCredential;
}
