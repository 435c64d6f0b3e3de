import { Actor, managesStation } from '@waystation/contracts';
import { DomainError } from '@waystation/platform';

export class StationNotManagedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'station-not-managed';

  constructor(stationId: string) {
    super(`Only station ${stationId}'s manager or the city office may do this`, { stationId });
  }
}

/** Throws unless the actor manages the station (its station manager, or the city office). */
export function assertManagesStation(actor: Actor, stationId: string): void {
  if (!managesStation(actor, stationId)) throw new StationNotManagedError(stationId);
}
