import {
  stationSessionAttendedV1,
  stationSessionCancelledV1,
  stationSessionScheduledV1,
  stationSessionSignedUpV1,
} from '@waystation/contracts';
import { SERVICE_NAME } from '../service-name';
import { SessionSignUp } from './session-sign-up.entity';
import { StationSession } from './station-session.entity';

const envelope = (session: StationSession, occurredAt: Date, correlationId: string) => ({
  aggregateId: session.id,
  correlationId,
  producer: SERVICE_NAME,
  occurredAt,
});

export function scheduled(session: StationSession, correlationId: string) {
  return stationSessionScheduledV1.create({
    ...envelope(session, session.scheduledAt, correlationId),
    payload: {
      sessionId: session.id,
      stationId: session.stationId,
      serviceCode: session.serviceCode,
      title: { zh: session.titleZh, en: session.titleEn ?? undefined },
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      places: session.places,
      scheduledBy: session.scheduledBy,
      scheduledAt: session.scheduledAt.toISOString(),
    },
  });
}

export function signedUp(session: StationSession, signUp: SessionSignUp, movedUp: boolean, at: Date, correlationId: string) {
  if (signUp.status === 'cancelled') throw new Error(`Sign-up ${signUp.id} is cancelled`);
  return stationSessionSignedUpV1.create({
    ...envelope(session, at, correlationId),
    payload: {
      sessionId: session.id,
      stationId: session.stationId,
      workerId: signUp.workerId,
      status: signUp.status,
      movedUp,
      signedUpAt: signUp.signedUpAt.toISOString(),
    },
  });
}

export function cancelled(
  session: StationSession,
  signUp: SessionSignUp,
  previousStatus: 'confirmed' | 'waitlisted',
  correlationId: string,
) {
  const at = signUp.cancelledAt ?? new Date();
  return stationSessionCancelledV1.create({
    ...envelope(session, at, correlationId),
    payload: {
      sessionId: session.id,
      stationId: session.stationId,
      workerId: signUp.workerId,
      previousStatus,
      cancelledAt: at.toISOString(),
    },
  });
}

export function attended(session: StationSession, signUp: SessionSignUp, markedBy: string, correlationId: string) {
  const at = signUp.attendedAt ?? new Date();
  return stationSessionAttendedV1.create({
    ...envelope(session, at, correlationId),
    payload: {
      sessionId: session.id,
      stationId: session.stationId,
      workerId: signUp.workerId,
      serviceCode: session.serviceCode,
      markedBy,
      attendedAt: at.toISOString(),
    },
  });
}
