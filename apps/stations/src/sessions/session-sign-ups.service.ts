import { Injectable } from '@nestjs/common';
import { Actor, AnyEvent, Page, PageRequest, toPage } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { DataSource, EntityManager, Not } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { assertManagesStation } from '../access/station-access';
import {
  SessionAlreadyStartedError,
  SessionNotFoundError,
  SessionNotStartedError,
  SignUpNotAllowedError,
  SignUpNotConfirmedError,
  SignUpNotFoundError,
} from './session-errors';
import { attended, cancelled, signedUp } from './session-events';
import { SessionSignUp } from './session-sign-up.entity';
import { StationSession } from './station-session.entity';

export interface MySignUp {
  signUp: SessionSignUp;
  session: StationSession;
}

/**
 * Sign-ups, cancellations and attendance. Every change to a session's sign-ups first locks the session's row,
 * so concurrent sign-ups are taken one at a time: places are never given beyond the session's, and the waiting
 * list is in the order sign-ups were taken.
 */
@Injectable()
export class SessionSignUps {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async signUp(actor: Actor, sessionId: string, correlationId: string): Promise<{ signUp: SessionSignUp; created: boolean }> {
    if (actor.role !== 'worker') throw new SignUpNotAllowedError(actor.role);
    const { id, created } = await this.dataSource.transaction(async (manager) => {
      const session = await this.lockOpenSession(manager, sessionId);
      const signedUpAt = new Date();
      // One statement while the session is locked (it runs after the lock, so it counts every committed place):
      // the worker's live sign-up if there is one, else a new one, holding a place while any is left.
      const [taken] = (await manager.query(
        `WITH earlier AS (
           SELECT id, status FROM station_session_sign_ups WHERE session_id = $1 AND worker_id = $2 AND status <> 'cancelled'),
         inserted AS (
           INSERT INTO station_session_sign_ups (id, session_id, worker_id, status, signed_up_at)
           SELECT $3, $1, $2,
                  CASE WHEN (SELECT count(*) FROM station_session_sign_ups WHERE session_id = $1 AND status = 'confirmed') < $4
                       THEN 'confirmed' ELSE 'waitlisted' END,
                  $5
            WHERE NOT EXISTS (SELECT 1 FROM earlier)
           RETURNING id, status)
         SELECT id, status, true AS created FROM inserted UNION ALL SELECT id, status, false FROM earlier`,
        [sessionId, actor.id, uuidv7(), session.places, signedUpAt],
      )) as { id: string; status: SessionSignUp['status']; created: boolean }[];
      if (taken.created) {
        const signUp = manager.create(SessionSignUp, { id: taken.id, workerId: actor.id, status: taken.status, signedUpAt });
        await this.outbox.add(manager, signedUp(session, signUp, false, signUp.signedUpAt, correlationId));
      }
      return taken;
    });
    return { signUp: await this.reload(id), created };
  }

  /** Cancels the caller's sign-up; a place it held goes to the first on the waiting list. */
  async cancel(actor: Actor, sessionId: string, correlationId: string): Promise<SessionSignUp> {
    const id = await this.dataSource.transaction(async (manager) => {
      const session = await this.lockOpenSession(manager, sessionId);
      const signUp = await this.liveSignUpOf(manager, sessionId, actor.id);
      if (!signUp) throw new SignUpNotFoundError(sessionId, actor.id);
      const previousStatus = signUp.status === 'confirmed' ? 'confirmed' : 'waitlisted';
      const now = new Date();
      await manager.update(SessionSignUp, { id: signUp.id }, { status: 'cancelled', cancelledAt: now });
      const events: AnyEvent[] = [cancelled(session, { ...signUp, cancelledAt: now }, previousStatus, correlationId)];
      const next =
        previousStatus === 'confirmed'
          ? await manager.findOne(SessionSignUp, { where: { sessionId, status: 'waitlisted' }, order: { seq: 'ASC' } })
          : null;
      if (next) {
        await manager.update(SessionSignUp, { id: next.id }, { status: 'confirmed' });
        events.push(signedUp(session, { ...next, status: 'confirmed' }, true, now, correlationId));
      }
      await this.outbox.add(manager, ...events);
      return signUp.id;
    });
    return this.reload(id);
  }

  /** Marks a worker holding a place as present, once; the station's manager does, once the session has started. */
  async markAttendance(actor: Actor, sessionId: string, workerId: string, correlationId: string): Promise<SessionSignUp> {
    const id = await this.dataSource.transaction(async (manager) => {
      const session = await this.lockSession(manager, sessionId);
      assertManagesStation(actor, session.stationId);
      if (session.startsAt > new Date()) throw new SessionNotStartedError(sessionId);
      const signUp = await this.liveSignUpOf(manager, sessionId, workerId);
      if (!signUp) throw new SignUpNotFoundError(sessionId, workerId);
      if (signUp.status !== 'confirmed') throw new SignUpNotConfirmedError(sessionId, workerId);
      if (signUp.attendedAt) return signUp.id;
      const marked = { ...signUp, attendedAt: new Date(), attendanceMarkedBy: actor.id };
      await manager.update(SessionSignUp, { id: signUp.id }, { attendedAt: marked.attendedAt, attendanceMarkedBy: actor.id });
      await this.outbox.add(manager, attended(session, marked, actor.id, correlationId));
      return signUp.id;
    });
    return this.reload(id);
  }

  /** A session's sign-ups in the order they were taken, for its station's manager. */
  async of(actor: Actor, sessionId: string, { cursor, limit }: PageRequest): Promise<Page<SessionSignUp>> {
    const session = await this.dataSource.manager.findOneBy(StationSession, { id: sessionId });
    if (!session) throw new SessionNotFoundError(sessionId);
    assertManagesStation(actor, session.stationId);
    const query = this.dataSource.manager
      .createQueryBuilder(SessionSignUp, 'sign_up')
      .where('sign_up.session_id = :sessionId', { sessionId })
      .orderBy('sign_up.seq')
      .take(limit + 1);
    if (cursor) query.andWhere('sign_up.seq > :cursor', { cursor });
    return toPage(
      await query.getMany(),
      limit,
      (signUp) => signUp,
      (signUp) => signUp.seq,
    );
  }

  /** The caller's own sign-ups, newest first, each with its session. */
  async mine(actor: Actor, { cursor, limit }: PageRequest): Promise<Page<MySignUp>> {
    const query = this.dataSource.manager
      .createQueryBuilder(SessionSignUp, 'sign_up')
      .where('sign_up.worker_id = :workerId', { workerId: actor.id })
      .orderBy('sign_up.seq', 'DESC')
      .take(limit + 1);
    if (cursor) query.andWhere('sign_up.seq < :cursor', { cursor });
    const signUps = await query.getMany();
    const sessions = signUps.length
      ? await this.dataSource.manager.findBy(
          StationSession,
          signUps.map((signUp) => ({ id: signUp.sessionId })),
        )
      : [];
    const byId = new Map(sessions.map((session) => [session.id, session]));
    return toPage(
      signUps,
      limit,
      (signUp) => ({ signUp, session: byId.get(signUp.sessionId) as StationSession }),
      (signUp) => signUp.seq,
    );
  }

  private async lockSession(manager: EntityManager, sessionId: string): Promise<StationSession> {
    const session = await manager
      .createQueryBuilder(StationSession, 'session')
      .where('session.id = :sessionId', { sessionId })
      .setLock('pessimistic_write', undefined, ['session'])
      .getOne();
    if (!session) throw new SessionNotFoundError(sessionId);
    return session;
  }

  private async lockOpenSession(manager: EntityManager, sessionId: string): Promise<StationSession> {
    const session = await this.lockSession(manager, sessionId);
    if (session.startsAt <= new Date()) throw new SessionAlreadyStartedError(sessionId);
    return session;
  }

  private liveSignUpOf(manager: EntityManager, sessionId: string, workerId: string): Promise<SessionSignUp | null> {
    return manager.findOneBy(SessionSignUp, { sessionId, workerId, status: Not('cancelled') });
  }

  private reload(id: string): Promise<SessionSignUp> {
    return this.dataSource.manager.findOneByOrFail(SessionSignUp, { id });
  }
}
