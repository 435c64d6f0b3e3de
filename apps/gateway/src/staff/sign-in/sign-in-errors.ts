import { DomainError } from '@waystation/platform';

/** The same answer for an unknown username and a wrong password, so neither tells which usernames exist. */
export class InvalidCredentialsError extends DomainError {
  readonly kind = 'unauthenticated';
  readonly code = 'invalid-credentials';

  constructor() {
    super('The username or password is wrong');
  }
}

/**
 * Too many failures for this username (known or not, so it reveals nothing): the password was not checked.
 * `retryAfterSeconds` says when to try again.
 */
export class SignInThrottledError extends DomainError {
  readonly kind = 'unauthenticated';

  constructor(
    readonly code: 'sign-in-slowed-down' | 'sign-in-locked',
    retryAt: Date,
    now: Date,
  ) {
    const retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1_000));
    super(
      code === 'sign-in-locked'
        ? `Sign-in for this username is locked after repeated failures; try again in ${retryAfterSeconds} s`
        : `Too many failed sign-ins for this username; try again in ${retryAfterSeconds} s`,
      { retryAfterSeconds },
    );
  }
}

/** Said only once the credentials were right, so it reveals nothing to someone guessing. */
export class AccountDisabledError extends DomainError {
  readonly kind = 'unauthenticated';
  readonly code = 'account-disabled';

  constructor() {
    super('This account is disabled; the city office can enable it again');
  }
}
