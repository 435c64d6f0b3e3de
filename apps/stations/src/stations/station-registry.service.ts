import { Injectable } from '@nestjs/common';
import { Actor, stationCreatedV1, StationProfile, StationStatus } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { createOnce, EarlierCreation, IdempotencyKey, idempotencyKeyFor } from '@waystation/platform';
import { v7 as uuidv7 } from 'uuid';
import { DataSource } from 'typeorm';
import { OpeningHoursCalendar } from '../opening-hours/opening-hours-calendar';
import { StationServiceTypes } from '../service-types/station-service-types.service';
import { SERVICE_NAME } from '../service-name';
import { StationManagementNotAllowedError } from './station-errors';
import { profileColumns, profileOf } from './station-profile';
import { Station } from './station.entity';

/** A station as the city office registers it. */
export interface NewStation extends StationProfile {
  district: string;
  status: StationStatus;
}

/** Registers stations; each registration is announced as `station.created` in the same transaction. */
@Injectable()
export class StationRegistry {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly calendar: OpeningHoursCalendar,
    private readonly serviceTypes: StationServiceTypes,
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
    const { district, status, ...profile } = command;
    const station = this.dataSource.manager.create(Station, {
      id: uuidv7(),
      ...profileColumns(this.calendar, profile),
      district,
      status,
      createdAt: new Date(),
      createdBy: actor.id,
      updatedAt: null,
      idempotencyKey: idempotency?.key ?? null,
      idempotencyFingerprint: idempotency?.fingerprint ?? null,
    });
    await this.dataSource.transaction(async (manager) => {
      await this.serviceTypes.assertKnown(manager, station.services);
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
            ...profileOf(station),
            district: station.district,
            status: station.status,
            createdAt: station.createdAt.toISOString(),
          },
        }),
      );
    });
    return station;
  }

  private async findEarlier(createdBy: string, idempotencyKey: string): Promise<EarlierCreation<Station> | undefined> {
    const station = await this.dataSource.getRepository(Station).findOneBy({ createdBy, idempotencyKey });
    return station ? { id: station.id, fingerprint: station.idempotencyFingerprint, result: station } : undefined;
  }
}
