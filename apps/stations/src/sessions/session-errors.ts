import { DomainError } from '@waystation/platform';

export class SessionNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'session-not-found';

  constructor(sessionId: string) {
    super(`Session ${sessionId} does not exist`, { sessionId });
  }
}

export class SessionTimesInvalidError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'session-times-invalid';

  constructor(reason: string) {
    super(reason);
  }
}

export class SignUpNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'sign-up-not-allowed';

  constructor(role: string) {
    super(`A ${role} cannot sign up for sessions; workers do`, { role });
  }
}

export class SessionAlreadyStartedError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'session-already-started';

  constructor(sessionId: string) {
    super(`Session ${sessionId} has started; sign-ups and cancellations are closed`, { sessionId });
  }
}

export class SessionNotStartedError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'session-not-started';

  constructor(sessionId: string) {
    super(`Session ${sessionId} has not started; attendance is marked once it has`, { sessionId });
  }
}

export class SignUpNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'sign-up-not-found';

  constructor(sessionId: string, workerId: string) {
    super(`Worker ${workerId} is not signed up for session ${sessionId}`, { sessionId, workerId });
  }
}

export class SignUpNotConfirmedError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'sign-up-not-confirmed';

  constructor(sessionId: string, workerId: string) {
    super(`Worker ${workerId} has no place at session ${sessionId}, only a place on its waiting list`, { sessionId, workerId });
  }
}
