import { StationStatus } from '@waystation/contracts';
import { DomainError } from '@waystation/platform';

export class StationTransitionNotAllowedError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'station-transition-not-allowed';

  constructor(stationId: string, from: StationStatus, to: StationStatus) {
    super(`Station ${stationId} cannot go from ${from} to ${to}`, { stationId, from, to });
  }
}

export class AcceptanceInspectionRequiredError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'acceptance-inspection-required';

  constructor(stationId: string, from: StationStatus, to: StationStatus) {
    super(`Station ${stationId} goes from ${from} to ${to} only through a passed acceptance inspection`, { stationId, from, to });
  }
}

export class StationTransitionForbiddenError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'station-transition-forbidden';

  constructor(stationId: string, from: StationStatus, to: StationStatus, role: string) {
    super(`A ${role} may not move station ${stationId} from ${from} to ${to}`, { stationId, from, to, role });
  }
}

export class StationHistoryNotVisibleError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'station-history-not-visible';

  constructor(stationId: string) {
    super(`Only the city office and the station's managers see the history of station ${stationId}`, { stationId });
  }
}
