import { assertUnreachable, FailureKind } from '@waystation/platform';

/**
 * - `pause-partition`: a dependency is away; stop fetching the partition, try the same event again after a
 *   capped backoff, without limit (other partitions go on, heartbeats continue).
 * - `retry`: try again a few times, then dead-letter: it may be a passing fault, or a defect this event triggers.
 * - `dead-letter`: retrying can never help.
 */
export type FailureDecision = 'pause-partition' | 'retry' | 'dead-letter';

/** What the consumer does with an event whose handler failed. The one place this is decided. */
export function decideOnFailure(kind: FailureKind): FailureDecision {
  switch (kind) {
    case 'database-unavailable':
    case 'lock-timeout':
    case 'serialization-failure':
    case 'deadlock':
    case 'statement-timeout':
    case 'broker-unavailable':
    case 'deadline-exceeded':
    case 'unavailable':
      return 'pause-partition';
    case 'invalid-event':
    case 'invalid':
    case 'conflict':
    case 'forbidden':
    case 'unauthenticated':
    case 'unsupported-media-type':
    case 'too-large':
      return 'dead-letter';
    // What this service does not know yet may arrive on another topic shortly.
    case 'not-found':
    case 'rate-limited':
    case 'unexpected':
      return 'retry';
    default:
      return assertUnreachable(kind);
  }
}
