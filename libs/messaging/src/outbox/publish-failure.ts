/**
 * Why the broker refused a produce request:
 * - `message-refused`: the request's own records can never be written (too large, invalid): retrying the same
 *   bytes is pointless, so each row is tried alone and a row refused alone is quarantined;
 * - `unavailable`: anything else (the broker is away, no leader yet, an ACL not granted yet): the rows stay pending
 *   and go again after a backoff. Never a reason to drop an event.
 */
export type PublishFailure = { kind: 'message-refused'; code: string } | { kind: 'unavailable' };

/** Error codes of a produce request that no retry of the same records can fix. */
const REFUSED_RECORD_ERRORS = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE', 'INVALID_RECORD', 'CORRUPT_MESSAGE']);

export function publishFailureOf(error: unknown): PublishFailure {
  // kafkajs wraps what it gave up on (KafkaJSNonRetriableError, …) with the broker's error as originalError.
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 8; depth += 1) {
    const { type, originalError, cause } = current as { type?: unknown; originalError?: unknown; cause?: unknown };
    if (typeof type === 'string' && REFUSED_RECORD_ERRORS.has(type)) return { kind: 'message-refused', code: type };
    current = originalError ?? cause;
  }
  return { kind: 'unavailable' };
}
