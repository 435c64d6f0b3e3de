import { Injectable } from '@nestjs/common';
import { stationCreatedV1 } from '@waystation/contracts';
import { Actor, CreateStation, StationView } from '@waystation/http-api';
import { Outbox } from '@waystation/messaging';
import { v7 as uuidv7 } from 'uuid';
import { DataSource } from 'typeorm';
import { SERVICE_NAME } from '../service-name';
import { StationManagementNotAllowedError } from './station-errors';
import { toStationView } from './station-view.mapper';
import { Station } from './station.entity';

/** Registers stations; each registration is announced as `station.created` in the same transaction. */
@Injectable()
export class StationRegistry {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async create(actor: Actor, command: CreateStation, correlationId: string): Promise<StationView> {
    if (actor.role !== 'admin') throw new StationManagementNotAllowedError(actor.role);
    const station = this.dataSource.manager.create(Station, {
      id: uuidv7(),
      name: command.name,
      district: command.district,
      address: command.address,
      lat: command.location.lat,
      lng: command.location.lng,
      amenities: command.amenities,
      openingHours: command.openingHours ?? null,
      status: command.status,
      createdAt: new Date(),
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(Station, station);
      await this.outbox.add(
        manager,
        stationCreatedV1.create({
          aggregateId: station.id,
          correlationId,
          producer: SERVICE_NAME,
          occurredAt: station.createdAt,
          payload: {
            stationId: station.id,
            name: station.name,
            district: station.district,
            address: station.address,
            location: command.location,
            amenities: station.amenities,
            openingHours: command.openingHours,
            status: station.status,
            createdAt: station.createdAt.toISOString(),
          },
        }),
      );
    });
    return toStationView(station);
  }
}
