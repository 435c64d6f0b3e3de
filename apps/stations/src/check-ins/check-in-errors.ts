import { DomainError } from '@waystation/platform';

export class CheckInNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'check-in-not-allowed';

  constructor(role: string) {
    super(`A ${role} cannot check in; workers do`, { role });
  }
}

export class CheckInCodeExpiredError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'check-in-code-expired';

  constructor(stationId: string) {
    super(`The check-in code of station ${stationId} has expired; scan the code the station shows now`, { stationId });
  }
}

export class CheckInCodeInvalidError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'check-in-code-invalid';

  constructor(stationId: string) {
    super(`That is not a check-in code of station ${stationId}`, { stationId });
  }
}

export class CheckInLocationRequiredError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'check-in-location-required';

  constructor(stationId: string) {
    super(`Checking in at station ${stationId} with its printed code needs your location`, { stationId });
  }
}

export class OutsideGeofenceError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'check-in-too-far';

  constructor(stationId: string, distanceMeters: number, radiusMeters: number) {
    super(`You are ${distanceMeters} m from station ${stationId}; check in within ${radiusMeters} m of it`, {
      stationId,
      distanceMeters,
      radiusMeters,
    });
  }
}

export class AlreadyCheckedInError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'already-checked-in';

  constructor(stationId: string) {
    super(`You are checked in at station ${stationId}; check out there first`, { stationId });
  }
}

export class NotCheckedInError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'not-checked-in';

  constructor() {
    super('You are not checked in at any station');
  }
}
