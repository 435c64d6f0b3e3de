import { DomainError } from '@waystation/platform';

export class UnknownStationServiceError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'unknown-station-service';

  constructor(codes: string[]) {
    super(`No station service type ${codes.join(', ')}; the city office adds service types`, { services: codes });
  }
}

export class StationServiceTypeExistsError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'station-service-type-exists';

  constructor(code: string) {
    super(`The station service type ${code} exists with other names`, { serviceCode: code });
  }
}

export class StationServiceTypeManagementNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'station-service-type-management-not-allowed';

  constructor(role: string) {
    super(`A ${role} cannot add station service types; the city office can`, { role });
  }
}
