import { Inject, Injectable } from '@nestjs/common';
import { Actor, CheckInMethod, GeoPoint } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { assertUnreachable, postgresErrorCode } from '@waystation/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { assertManagesStation } from '../access/station-access';
import { existingStation, operatingStation } from '../access/operating-station';
import { distanceMeters } from '../stations/geo';
import { Station } from '../stations/station.entity';
import { CheckInCodes, CodeCheck, RotatingCode } from './check-in-codes';
import {
  AlreadyCheckedInError,
  CheckInCodeExpiredError,
  CheckInCodeInvalidError,
  CheckInLocationRequiredError,
  CheckInNotAllowedError,
  NotCheckedInError,
  OutsideGeofenceError,
} from './check-in-errors';
import { checkedIn, checkedOut } from './check-in-events';
import { CHECK_IN_SETTINGS, CheckInSettings } from './check-in-settings';
import { CheckIn } from './check-in.entity';

/** What the worker shows to prove they are at the station. */
export interface CheckInProof {
  method: CheckInMethod;
  code: string;
  /** The device's location: needed with the printed code. */
  location?: GeoPoint;
}

/** The codes a station's manager puts up: the screen's current rotating code and the printed one. */
export interface StationCodes {
  stationId: string;
  rotating: RotatingCode;
  printed: string;
}

/**
 * Checks workers in and out. A worker has at most one open check-in (the database's partial unique index
 * decides races); checking in again where they already are answers with that check-in, so a retry is harmless.
 */
@Injectable()
export class CheckInDesk {
  private readonly codes: CheckInCodes;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    @Inject(CHECK_IN_SETTINGS) private readonly settings: CheckInSettings,
  ) {
    this.codes = new CheckInCodes(settings.secret, settings.codeWindowSeconds);
  }

  async codesOf(actor: Actor, stationId: string, now = new Date()): Promise<StationCodes> {
    assertManagesStation(actor, stationId);
    await existingStation(this.dataSource.manager, stationId);
    return { stationId, rotating: this.codes.rotatingCode(stationId, now), printed: this.codes.printedCode(stationId) };
  }

  async checkIn(
    actor: Actor,
    stationId: string,
    proof: CheckInProof,
    correlationId: string,
  ): Promise<{ checkIn: CheckIn; created: boolean }> {
    if (actor.role !== 'worker') throw new CheckInNotAllowedError(actor.role);
    const now = new Date();
    const station = await operatingStation(this.dataSource.manager, stationId);
    this.verify(station, proof, now);
    const earlier = await this.openCheckInOf(this.dataSource.manager, actor.id);
    if (earlier) return this.again(earlier, stationId);
    const checkIn = this.dataSource.manager.create(CheckIn, {
      id: uuidv7(),
      stationId,
      workerId: actor.id,
      method: proof.method,
      checkedInAt: now,
      checkedOutAt: null,
      checkOutReason: null,
    });
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(CheckIn, checkIn);
        await this.outbox.add(manager, checkedIn(checkIn, correlationId));
      });
    } catch (error) {
      // Another check-in of the same worker committed first.
      const winner = postgresErrorCode(error) === '23505' ? await this.openCheckInOf(this.dataSource.manager, actor.id) : null;
      if (winner) return this.again(winner, stationId);
      throw error;
    }
    return { checkIn, created: true };
  }

  async current(actor: Actor): Promise<CheckIn> {
    const checkIn = await this.openCheckInOf(this.dataSource.manager, actor.id);
    if (!checkIn) throw new NotCheckedInError();
    return checkIn;
  }

  async checkOut(actor: Actor, correlationId: string): Promise<CheckIn> {
    return this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE station_check_ins SET checked_out_at = greatest(now(), checked_in_at), check_out_reason = 'worker'
          WHERE worker_id = $1 AND checked_out_at IS NULL RETURNING *`,
        [actor.id],
      )) as [Record<string, unknown>[], number];
      const [checkIn] = rows.map((row) => manager.create(CheckIn, fromRow(row)));
      if (!checkIn) throw new NotCheckedInError();
      await this.outbox.add(manager, checkedOut(checkIn, correlationId));
      return checkIn;
    });
  }

  private verify(station: Station, proof: CheckInProof, now: Date): void {
    switch (proof.method) {
      case 'rotating-code':
        return this.accept(station.id, this.codes.checkRotating(station.id, proof.code, now));
      case 'printed-code': {
        this.accept(station.id, this.codes.checkPrinted(station.id, proof.code));
        if (!proof.location) throw new CheckInLocationRequiredError(station.id);
        const distance = distanceMeters(proof.location, { lat: station.lat, lng: station.lng });
        if (distance > this.settings.radiusMeters)
          throw new OutsideGeofenceError(station.id, Math.ceil(distance), this.settings.radiusMeters);
        return;
      }
      default:
        return assertUnreachable(proof.method);
    }
  }

  private accept(stationId: string, check: CodeCheck): void {
    switch (check) {
      case 'valid':
        return;
      case 'expired':
        throw new CheckInCodeExpiredError(stationId);
      case 'forged':
        throw new CheckInCodeInvalidError(stationId);
      default:
        return assertUnreachable(check);
    }
  }

  private again(open: CheckIn, stationId: string): { checkIn: CheckIn; created: boolean } {
    if (open.stationId !== stationId) throw new AlreadyCheckedInError(open.stationId);
    return { checkIn: open, created: false };
  }

  private openCheckInOf(manager: EntityManager, workerId: string): Promise<CheckIn | null> {
    return manager.findOneBy(CheckIn, { workerId, checkedOutAt: IsNull() });
  }
}

/** A `station_check_ins` row as RETURNING gives it, in the entity's property names. */
export function fromRow(row: Record<string, unknown>): Partial<CheckIn> {
  return {
    id: row.id as string,
    stationId: row.station_id as string,
    workerId: row.worker_id as string,
    method: row.method as CheckInMethod,
    checkedInAt: row.checked_in_at as Date,
    checkedOutAt: row.checked_out_at as Date | null,
    checkOutReason: row.check_out_reason as CheckIn['checkOutReason'],
  };
}
