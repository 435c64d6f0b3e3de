import { Injectable } from '@nestjs/common';
import { Actor, managesStation, StationProfile, StationProfileField, stationUpdatedV1 } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { DataSource } from 'typeorm';
import { isDeepStrictEqual } from 'node:util';
import { OpeningHoursCalendar } from '../opening-hours/opening-hours-calendar';
import { StationServiceTypes } from '../service-types/station-service-types.service';
import { SERVICE_NAME } from '../service-name';
import { StationEditNotAllowedError, StationNotFoundError } from './station-errors';
import { profileColumns, profileOf } from './station-profile';
import { Station } from './station.entity';

/** Edits a station's profile; the fields that really changed are announced as `station.updated` in the same transaction. */
@Injectable()
export class StationEditor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly calendar: OpeningHoursCalendar,
    private readonly serviceTypes: StationServiceTypes,
  ) {}

  /** Stations are public, so an unknown one is 404 for everyone; a known one is 403 to all but its manager and admins. */
  async update(actor: Actor, stationId: string, edits: Partial<StationProfile>, correlationId: string): Promise<Station> {
    return this.dataSource.transaction(async (manager) => {
      const station = await manager.getRepository(Station).findOne({ where: { id: stationId }, lock: { mode: 'pessimistic_write' } });
      if (!station) throw new StationNotFoundError(stationId);
      if (!managesStation(actor, stationId)) throw new StationEditNotAllowedError(stationId);
      const before = profileOf(station);
      const columns = profileColumns(this.calendar, edits);
      manager.merge(Station, station, columns);
      const after = profileOf(station);
      const changed = (Object.keys(edits) as StationProfileField[]).filter((field) => !isDeepStrictEqual(before[field], after[field]));
      if (changed.length === 0) return station;
      if (changed.includes('services')) await this.serviceTypes.assertKnown(manager, after.services);
      station.updatedAt = new Date();
      await manager.update(Station, { id: stationId }, { ...columns, updatedAt: station.updatedAt });
      await this.outbox.add(
        manager,
        stationUpdatedV1.create({
          aggregateId: stationId,
          correlationId,
          producer: SERVICE_NAME,
          occurredAt: station.updatedAt,
          payload: {
            stationId,
            changes: Object.fromEntries(changed.map((field) => [field, after[field]])),
            updatedBy: actor.id,
            updatedAt: station.updatedAt.toISOString(),
          },
        }),
      );
      return station;
    });
  }
}
