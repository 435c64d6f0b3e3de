import { Injectable } from '@nestjs/common';
import { Actor, Amenity, AreaCode, districtCodeOf, GeoPoint, stationCreatedV1, StationStatus } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { createOnce, EarlierCreation, IdempotencyKey, idempotencyKeyFor } from '@waystation/platform';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager } from 'typeorm';
import { AreaLocator } from '../areas/area-locator.service';
import { StationLifecycle } from '../lifecycle/station-lifecycle.service';
import { SERVICE_NAME } from '../service-name';
import { StationManagementNotAllowedError } from './station-errors';
import { Station } from './station.entity';

/** A station as the city office registers it. */
export interface NewStation {
  name: string;
  district: string;
  districtCode?: string;
  address: string;
  location: GeoPoint;
  amenities: Amenity[];
  openingHours?: string;
  /** Accepted is left out: only a passed acceptance inspection makes a station accepted. */
  status: Exclude<StationStatus, 'accepted'>;
  /** The community it belongs to; when absent, the one its location lies in. */
  communityCode?: AreaCode;
  capacity?: number;
}

/** Where a station in the registry came from, as its history's first entry says. */
export type StationEntry = 'registered' | 'imported';

const ENTRY_REASONS: Record<StationEntry, string> = {
  registered: 'registered by the city office',
  imported: 'imported from a CSV file by the city office',
};

/** Registers stations; each registration is announced as `station.created` in the same transaction. */
@Injectable()
export class StationRegistry {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly areas: AreaLocator,
    private readonly lifecycle: StationLifecycle,
  ) {}

  /** Registers a station; with an Idempotency-Key, a retry answers with the first one (see `createOnce`). */
  async create(
    actor: Actor,
    command: NewStation,
    idempotencyKey: string | undefined,
    correlationId: string,
  ): Promise<{ station: Station; created: boolean }> {
    if (actor.role !== 'admin') throw new StationManagementNotAllowedError(actor.role);
    const idempotency = idempotencyKeyFor(idempotencyKey, command);
    const { result, created } = await createOnce(idempotency, {
      findEarlier: (key) => this.findEarlier(actor.id, key),
      create: () => this.register(actor, command, idempotency, correlationId),
    });
    return { station: result, created };
  }

  private async register(
    actor: Actor,
    command: NewStation,
    idempotency: IdempotencyKey | undefined,
    correlationId: string,
  ): Promise<Station> {
    const station = await this.build(actor, command, {
      idempotencyKey: idempotency?.key ?? null,
      idempotencyFingerprint: idempotency?.fingerprint ?? null,
    });
    await this.dataSource.transaction((manager) => this.add(manager, station, 'registered', correlationId));
    return station;
  }

  /** A new station's row, not yet written; its community (and so its district) from the map unless named. */
  async build(actor: Actor, command: NewStation, extra: Partial<Station> = {}): Promise<Station> {
    const communityCode = await this.areas.communityFor(command.location, command.communityCode);
    return this.dataSource.manager.create(Station, {
      id: uuidv7(),
      name: command.name,
      district: command.district,
      districtCode: communityCode ? districtCodeOf(communityCode) : (command.districtCode ?? null),
      address: command.address,
      lat: command.location.lat,
      lng: command.location.lng,
      amenities: command.amenities,
      openingHours: command.openingHours ?? null,
      status: command.status,
      communityCode,
      capacity: command.capacity ?? null,
      createdAt: new Date(),
      createdBy: actor.id,
      idempotencyKey: null,
      idempotencyFingerprint: null,
      externalRef: null,
      importFingerprint: null,
      ...extra,
    });
  }

  /** Writes a built station, its history's first entry and `station.created`, in the caller's transaction. */
  async add(manager: EntityManager, station: Station, entry: StationEntry, correlationId: string): Promise<void> {
    await manager.insert(Station, station);
    await this.lifecycle.recordEntry(manager, station, ENTRY_REASONS[entry]);
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
          districtCode: station.districtCode ?? undefined,
          address: station.address,
          location: { lat: station.lat, lng: station.lng },
          amenities: station.amenities,
          openingHours: station.openingHours ?? undefined,
          status: station.status,
          createdAt: station.createdAt.toISOString(),
        },
      }),
    );
  }

  private async findEarlier(createdBy: string, idempotencyKey: string): Promise<EarlierCreation<Station> | undefined> {
    const station = await this.dataSource.getRepository(Station).findOneBy({ createdBy, idempotencyKey });
    return station ? { id: station.id, fingerprint: station.idempotencyFingerprint, result: station } : undefined;
  }
}
