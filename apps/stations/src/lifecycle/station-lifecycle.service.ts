import { Injectable } from '@nestjs/common';
import { Actor, managesStation, Page, PageRequest, StationStatus, stationStatusChangedV1 } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { findPageById } from '@waystation/platform';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { SERVICE_NAME } from '../service-name';
import { StationNotFoundError } from '../stations/station-errors';
import { Station } from '../stations/station.entity';
import { StationHistoryNotVisibleError } from './lifecycle-errors';
import { StationStatusChange } from './station-status-change.entity';
import { assertTransition } from './station-transitions';

/** A move a caller asked for. */
export interface StatusChangeCommand {
  to: StationStatus;
  reason: string;
}

/** A move already decided, to be written: by whom, and the inspection that made it, if one did. */
export interface DecidedMove {
  to: StationStatus;
  reason: string;
  changedBy: string;
  changedAt: Date;
  correlationId: string;
  inspectionId?: string;
}

/**
 * Moves stations along their lifecycle. Every move is checked by the transition table, kept in the station's
 * history and announced as `station.status-changed`, all in one transaction on the locked station row.
 */
@Injectable()
export class StationLifecycle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async changeStatus(actor: Actor, stationId: string, command: StatusChangeCommand, correlationId: string): Promise<Station> {
    return this.dataSource.transaction(async (manager) => {
      const station = await this.lockStation(manager, stationId);
      assertTransition(actor, stationId, station.status, command.to, 'status-change');
      return this.move(manager, station, { ...command, changedBy: actor.id, changedAt: new Date(), correlationId });
    });
  }

  /** The station row, locked until the transaction ends, so two moves of one station never interleave. */
  async lockStation(manager: EntityManager, stationId: string): Promise<Station> {
    const station = await manager.getRepository(Station).findOne({ where: { id: stationId }, lock: { mode: 'pessimistic_write' } });
    if (!station) throw new StationNotFoundError(stationId);
    return station;
  }

  /** Writes a move the caller has checked, on a station it has locked, in its transaction. */
  async move(manager: EntityManager, station: Station, move: DecidedMove): Promise<Station> {
    const from = station.status;
    await manager.update(Station, { id: station.id }, { status: move.to });
    await manager.insert(StationStatusChange, {
      id: uuidv7({ msecs: move.changedAt.getTime() }),
      stationId: station.id,
      from,
      to: move.to,
      reason: move.reason,
      changedBy: move.changedBy,
      changedAt: move.changedAt,
      inspectionId: move.inspectionId ?? null,
    });
    await this.outbox.add(
      manager,
      stationStatusChangedV1.create({
        aggregateId: station.id,
        correlationId: move.correlationId,
        producer: SERVICE_NAME,
        occurredAt: move.changedAt,
        payload: {
          stationId: station.id,
          from,
          to: move.to,
          reason: move.reason,
          changedBy: move.changedBy,
          changedAt: move.changedAt.toISOString(),
          inspectionId: move.inspectionId,
        },
      }),
    );
    return { ...station, status: move.to };
  }

  /** The first history entry of a station entering the registry (registration or import), in its transaction. */
  async recordEntry(manager: EntityManager, station: Station, reason: string): Promise<void> {
    await manager.insert(StationStatusChange, {
      id: uuidv7({ msecs: station.createdAt.getTime() }),
      stationId: station.id,
      from: null,
      to: station.status,
      reason,
      changedBy: station.createdBy ?? 'unknown',
      changedAt: station.createdAt,
      inspectionId: null,
    });
  }

  /** A station's moves, oldest first; for the city office and the station's managers. */
  async history(actor: Actor, stationId: string, page: PageRequest): Promise<Page<StationStatusChange>> {
    if (!(await this.dataSource.getRepository(Station).existsBy({ id: stationId }))) throw new StationNotFoundError(stationId);
    if (!managesStation(actor, stationId)) throw new StationHistoryNotVisibleError(stationId);
    return findPageById(this.dataSource.getRepository(StationStatusChange), { stationId }, page);
  }
}
