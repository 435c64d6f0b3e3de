import { DomainError } from '@waystation/platform';

export class Open311ClientsAdminOnlyError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'open311-clients-admin-only';

  constructor(role: string) {
    super(`Only the city office (admin) issues and revokes Open311 keys; a ${role} cannot`, { role });
  }
}

export class Open311ClientNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'open311-client-not-found';

  constructor(clientId: string) {
    super(`There is no Open311 client ${clientId}`, { clientId });
  }
}

/** An api_key never issued, or revoked: GeoReport v2 answers it with 403. */
export class Open311ApiKeyRefusedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'api-key-refused';

  constructor() {
    super('The api_key is not one the city office issued, or it was revoked');
  }
}
