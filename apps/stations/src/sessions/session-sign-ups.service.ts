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

const SEQ_CURSOR = /^\d{1,19}$/;

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
    const result = await this.dataSource.transaction(async (manager) => {
      const session = await this.lockOpenSession(manager, sessionId);
      const earlier = await this.liveSignUpOf(manager, sessionId, actor.id);
      if (earlier) return { signUp: earlier, created: false };
      const confirmed = await manager.countBy(SessionSignUp, { sessionId, status: 'confirmed' });
      const signUp = manager.create(SessionSignUp, {
        id: uuidv7(),
        sessionId,
        workerId: actor.id,
        status: confirmed < session.places ? 'confirmed' : 'waitlisted',
        signedUpAt: new Date(),
        cancelledAt: null,
        attendedAt: null,
        attendanceMarkedBy: null,
      });
      await manager.insert(SessionSignUp, signUp);
      await this.outbox.add(manager, signedUp(session, signUp, false, signUp.signedUpAt, correlationId));
      return { signUp, created: true };
    });
    return { signUp: await this.reload(result.signUp.id), created: result.created };
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
    if (cursor && SEQ_CURSOR.test(cursor)) query.andWhere('sign_up.seq > :cursor', { cursor });
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
    if (cursor && SEQ_CURSOR.test(cursor)) query.andWhere('sign_up.seq < :cursor', { cursor });
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
    const locked = await manager
      .createQueryBuilder(StationSession, 'session')
      .select('session.id')
      .where('session.id = :sessionId', { sessionId })
      .setLock('pessimistic_write')
      .getOne();
    if (!locked) throw new SessionNotFoundError(sessionId);
    return manager.findOneByOrFail(StationSession, { id: sessionId });
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
