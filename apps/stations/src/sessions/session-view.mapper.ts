import { MySignUpView, SessionView, SignUpView } from '@waystation/http-api';
import { SessionSignUp } from './session-sign-up.entity';
import { MySignUp } from './session-sign-ups.service';
import { StationSession } from './station-session.entity';

export function toSessionView(session: StationSession): SessionView {
  const confirmed = session.confirmed ?? 0;
  return {
    id: session.id,
    stationId: session.stationId,
    serviceCode: session.serviceCode,
    title: session.titleEn ? { zh: session.titleZh, en: session.titleEn } : { zh: session.titleZh },
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    places: session.places,
    confirmed,
    waitlisted: session.waitlisted ?? 0,
    freePlaces: Math.max(0, session.places - confirmed),
  };
}

export function toSignUpView(signUp: SessionSignUp): SignUpView {
  return {
    id: signUp.id,
    sessionId: signUp.sessionId,
    workerId: signUp.workerId,
    status: signUp.status,
    waitlistPosition: signUp.status === 'waitlisted' ? (signUp.queuePosition ?? null) : null,
    signedUpAt: signUp.signedUpAt.toISOString(),
    cancelledAt: signUp.cancelledAt?.toISOString() ?? null,
    attendedAt: signUp.attendedAt?.toISOString() ?? null,
  };
}

export function toMySignUpView({ signUp, session }: MySignUp): MySignUpView {
  return { ...toSignUpView(signUp), session: toSessionView(session) };
}
