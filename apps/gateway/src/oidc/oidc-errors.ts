import { DomainError } from '@waystation/platform';

export class OidcNotConfiguredError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'oidc-not-configured';

  constructor() {
    super('This city signs staff in with passwords: no identity provider is configured');
  }
}

/** Bad signature, another issuer, another audience, expired, a nonce that does not match: never which one. */
export class InvalidIdTokenError extends DomainError {
  readonly kind = 'unauthenticated';
  readonly code = 'invalid-id-token';

  constructor() {
    super("The ID token is not one the city's identity provider issued to Waystation, or it has expired");
  }
}

export class OidcRoleNotMappedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'oidc-role-not-mapped';

  constructor(roles: string[]) {
    super(
      roles.length === 0
        ? 'The identity provider gave this person no role that Waystation knows'
        : `The identity provider's roles ${roles.join(', ')} do not map to exactly one Waystation role`,
      { roles },
    );
  }
}

export class OidcScopesInvalidError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'oidc-scopes-invalid';

  constructor(problem: string) {
    super(`The identity provider's claims do not give valid scopes: ${problem}`);
  }
}
