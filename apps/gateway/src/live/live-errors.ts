import { DomainError } from '@waystation/platform';

/** An account already has as many live streams open on this replica as it may. */
export class TooManyStreamsError extends DomainError {
  readonly kind = 'rate-limited';
  readonly code = 'too-many-streams';

  constructor(limit: number, retryAfterSeconds: number) {
    super(`At most ${limit} live streams per account; close one, or try again in ${retryAfterSeconds} s`, { limit, retryAfterSeconds });
  }
}
