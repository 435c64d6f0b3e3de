import { DomainError } from '@waystation/platform';

export class StaffAdminOnlyError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'staff-admin-only';

  constructor(role: string) {
    super(`Only the city office (admin) manages staff accounts; a ${role} cannot`, { role });
  }
}

export class StaffNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'staff-not-found';

  constructor(accountId: string) {
    super(`There is no staff account ${accountId}`, { accountId });
  }
}

export class UsernameTakenError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'username-taken';

  constructor(username: string) {
    super(`The username ${username} is taken`, { username });
  }
}

export class WeakPasswordError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'weak-password';

  constructor(problem: string) {
    super(`The password is refused: ${problem}`);
  }
}

/** The city office cannot lock itself out: an admin neither disables nor demotes their own account. */
export class OwnAccountChangeError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'own-account-change';

  constructor(change: 'disable' | 'change role') {
    super(`An admin cannot ${change} their own account; another admin can`, { change });
  }
}

export class ClosedAccountError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'account-closed';

  constructor(accountId: string) {
    super(`Account ${accountId} is closed and cannot be changed`, { accountId });
  }
}
