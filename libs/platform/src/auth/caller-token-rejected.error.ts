import { DomainError } from '../errors/domain-error';

/** Why a service refused the caller's token; the client learns the reason, never the key or claim details. */
export type CallerTokenRejection = 'missing' | 'expired' | 'invalid';

const messages: Record<CallerTokenRejection, string> = {
  missing: 'Authorization: Bearer <access token> is required',
  expired: 'The access token has expired',
  invalid: 'The access token is not valid',
};

/** A request without a verifiable access token of the gateway: 401, whatever headers it carries. */
export class CallerTokenRejectedError extends DomainError {
  readonly kind = 'unauthenticated';
  readonly code = 'invalid-token';

  constructor(readonly reason: CallerTokenRejection) {
    super(messages[reason], { reason });
  }
}
