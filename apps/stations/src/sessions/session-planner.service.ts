import { Injectable } from '@nestjs/common';
import { Actor, Page, PageRequest, SessionTitle, StationServiceCode, toPage } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { createOnce, EarlierCreation, IdempotencyKey, idempotencyKeyFor } from '@waystation/platform';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { existingStation, operatingStation } from '../access/operating-station';
import { assertManagesStation } from '../access/station-access';
import { SessionNotFoundError, SessionTimesInvalidError } from './session-errors';
import { scheduled } from './session-events';
import { StationSession } from './station-session.entity';

export interface NewSession {
  serviceCode: StationServiceCode;
  title: SessionTitle;
  startsAt: string;
  endsAt: string;
  places: number;
}

/** Schedules a station's service sessions and lists them. */
@Injectable()
export class SessionPlanner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async schedule(
    actor: Actor,
    stationId: string,
    command: NewSession,
    idempotencyKey: string | undefined,
    correlationId: string,
  ): Promise<{ session: StationSession; created: boolean }> {
    assertManagesStation(actor, stationId);
    await operatingStation(this.dataSource.manager, stationId);
    const [startsAt, endsAt] = [new Date(command.startsAt), new Date(command.endsAt)];
    if (endsAt <= startsAt) throw new SessionTimesInvalidError('A session must end after it starts');
    if (startsAt <= new Date()) throw new SessionTimesInvalidError('A session must start in the future');
    const idempotency = idempotencyKeyFor(idempotencyKey, { stationId, ...command });
    const { result, created } = await createOnce(idempotency, {
      findEarlier: (key) => this.findEarlier(actor.id, key),
      create: () => this.insert(actor, stationId, command, idempotency, correlationId),
    });
    return { session: result, created };
  }

  async get(sessionId: string): Promise<StationSession> {
    const session = await this.dataSource.manager.findOneBy(StationSession, { id: sessionId });
    if (!session) throw new SessionNotFoundError(sessionId);
    return session;
  }

  /** Sessions not yet over, soonest first. */
  async upcoming(stationId: string, { cursor, limit }: PageRequest, now = new Date()): Promise<Page<StationSession>> {
    await existingStation(this.dataSource.manager, stationId);
    const query = this.dataSource.manager
      .createQueryBuilder(StationSession, 'session')
      .where('session.station_id = :stationId AND session.ends_at > :now', { stationId, now })
      .orderBy('session.starts_at')
      .addOrderBy('session.id')
      .take(limit + 1);
    if (cursor) {
      // `startsAt_id` of the last session of the page before, as the route's query schema checked it.
      const [startsAt, id] = cursor.split('_');
      query.andWhere('(session.starts_at, session.id) > (:startsAt, :id)', { startsAt, id });
    }
    return toPage(
      await query.getMany(),
      limit,
      (session) => session,
      (session) => `${session.startsAt.toISOString()}_${session.id}`,
    );
  }

  private async insert(
    actor: Actor,
    stationId: string,
    command: NewSession,
    idempotency: IdempotencyKey | undefined,
    correlationId: string,
  ): Promise<StationSession> {
    const session = this.dataSource.manager.create(StationSession, {
      id: uuidv7(),
      stationId,
      serviceCode: command.serviceCode,
      titleZh: command.title.zh,
      titleEn: command.title.en ?? null,
      startsAt: new Date(command.startsAt),
      endsAt: new Date(command.endsAt),
      places: command.places,
      scheduledBy: actor.id,
      scheduledAt: new Date(),
      idempotencyKey: idempotency?.key ?? null,
      idempotencyFingerprint: idempotency?.fingerprint ?? null,
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(StationSession, session);
      await this.outbox.add(manager, scheduled(session, correlationId));
    });
    return Object.assign(session, { confirmed: 0, waitlisted: 0 });
  }

  private async findEarlier(scheduledBy: string, idempotencyKey: string): Promise<EarlierCreation<StationSession> | undefined> {
    const session = await this.dataSource.manager.findOneBy(StationSession, { scheduledBy, idempotencyKey });
    return session ? { id: session.id, fingerprint: session.idempotencyFingerprint, result: session } : undefined;
  }
}
