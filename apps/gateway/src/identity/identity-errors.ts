import { DomainError } from '@waystation/platform';

/** Why a bearer token was refused; the guard answers 401 with a `WWW-Authenticate: Bearer` challenge. */
export abstract class BearerTokenError extends DomainError {
  readonly kind = 'unauthenticated';
}

export class SignInRequiredError extends BearerTokenError {
  readonly code = 'sign-in-required';

  constructor() {
    super('Sign-in required: send Authorization: Bearer <accessToken>');
  }
}

export class AccessTokenExpiredError extends BearerTokenError {
  readonly code = 'access-token-expired';

  constructor() {
    super('The access token has expired: exchange the refresh token at POST /api/v1/auth/refresh');
  }
}

export class AccessTokenInvalidError extends BearerTokenError {
  readonly code = 'access-token-invalid';

  constructor() {
    super('The access token is not one this gateway issued, or it was altered');
  }
}

export class SessionRevokedError extends BearerTokenError {
  readonly code = 'session-revoked';

  constructor() {
    super('The session of this access token has ended (signed out): sign in again');
  }
}

/** Unknown, expired or spent, of an ended session, or of an account that can no longer sign in. */
export class RefreshTokenInvalidError extends DomainError {
  readonly kind = 'unauthenticated';
  readonly code = 'refresh-token-invalid';

  constructor() {
    super('The refresh token is not valid: sign in again');
  }
}

/** A refresh token used a second time: one of the two users stole it, so the whole session ends. */
export class RefreshTokenReusedError extends DomainError {
  readonly kind = 'unauthenticated';
  readonly code = 'refresh-token-reused';

  constructor() {
    super('The refresh token was already used, so the session has been ended for safety: sign in again');
  }
}

export class AccountNotActiveError extends DomainError {
  readonly kind = 'unauthenticated';
  readonly code = 'account-not-active';

  constructor(accountId: string) {
    super(`Account ${accountId} is closed or disabled and cannot sign in`, { accountId });
  }
}
