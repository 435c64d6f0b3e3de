import { Injectable } from '@nestjs/common';
import { Actor, AreaCode, districtCodeOf, stationCreatedV1, StationProfile, StationStatus } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { createOnce, EarlierCreation, IdempotencyKey, idempotencyKeyFor } from '@waystation/platform';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager } from 'typeorm';
import { AreaLocator } from '../areas/area-locator.service';
import { StationLifecycle } from '../lifecycle/station-lifecycle.service';
import { OpeningHoursCalendar } from '../opening-hours/opening-hours-calendar';
import { StationServiceTypes } from '../service-types/station-service-types.service';
import { SERVICE_NAME } from '../service-name';
import { StationManagementNotAllowedError } from './station-errors';
import { profileColumns, profileOf } from './station-profile';
import { Station } from './station.entity';

/** A station as the city office registers it. */
export interface NewStation extends StationProfile {
  district: string;
  districtCode?: string;
  /** Accepted is left out: only a passed acceptance inspection makes a station accepted. */
  status: Exclude<StationStatus, 'accepted'>;
  /** The community it belongs to; when absent, the one its location lies in. */
  communityCode?: AreaCode;
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
    private readonly calendar: OpeningHoursCalendar,
    private readonly serviceTypes: StationServiceTypes,
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
    const { district, districtCode, status, communityCode: namedCommunity, ...profile } = command;
    const communityCode = await this.areas.communityFor(profile.location, namedCommunity);
    return this.dataSource.manager.create(Station, {
      id: uuidv7(),
      ...profileColumns(this.calendar, profile),
      district,
      districtCode: communityCode ? districtCodeOf(communityCode) : (districtCode ?? null),
      status,
      communityCode,
      createdAt: new Date(),
      createdBy: actor.id,
      updatedAt: null,
      idempotencyKey: null,
      idempotencyFingerprint: null,
      externalRef: null,
      importFingerprint: null,
      ...extra,
    });
  }

  /**
   * Writes a built station, its history's first entry and `station.created`, in the caller's transaction; its
   * services must be station service types the city knows.
   */
  async add(manager: EntityManager, station: Station, entry: StationEntry, correlationId: string): Promise<void> {
    await this.serviceTypes.assertKnown(manager, station.services);
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
          ...profileOf(station),
          district: station.district,
          districtCode: station.districtCode ?? undefined,
          communityCode: station.communityCode ?? undefined,
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
