import { DomainError } from '@waystation/platform';

/** Over a rate limit: answered 429 with `Retry-After`. */
export class RateLimitedError extends DomainError {
  readonly kind = 'rate-limited';
  readonly code = 'too-many-requests';

  constructor(what: string, retryAfterSeconds: number) {
    super(`Too many ${what}; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}
