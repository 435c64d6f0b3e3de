import { DomainError } from '@waystation/platform';

export class StationNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'station-not-found';

  constructor(stationId: string) {
    super(`Station ${stationId} does not exist`, { stationId });
  }
}

export class StationManagementNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'station-management-not-allowed';

  constructor(role: string) {
    super(`A ${role} cannot register stations; the city office can`, { role });
  }
}

export class StationEditNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'station-edit-not-allowed';

  constructor(stationId: string) {
    super(`Only the station's manager or the city office can edit station ${stationId}`, { stationId });
  }
}
