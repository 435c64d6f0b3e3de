import { EntityManager } from 'typeorm';
import { DomainError } from '@waystation/platform';
import { StationNotFoundError } from '../stations/station-errors';
import { Station } from '../stations/station.entity';

export class StationNotOperatingError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'station-not-operating';

  constructor(stationId: string, status: string) {
    super(`Station ${stationId} is ${status}; only an operating station takes check-ins and sessions`, { stationId, status });
  }
}

/** The station, which must exist (404) and be operating (409): the only kind that takes visitors. */
export async function operatingStation(manager: EntityManager, stationId: string): Promise<Station> {
  const station = await existingStation(manager, stationId);
  if (station.status !== 'operating') throw new StationNotOperatingError(stationId, station.status);
  return station;
}

export async function existingStation(manager: EntityManager, stationId: string): Promise<Station> {
  const station = await manager.findOneBy(Station, { id: stationId });
  if (!station) throw new StationNotFoundError(stationId);
  return station;
}
