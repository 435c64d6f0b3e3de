/** The Kafka headers every published event carries beside its JSON envelope. */
export const MessageHeaders = {
  type: 'type',
  version: 'version',
  correlationId: 'correlation-id',
  producer: 'producer',
  /** Set by the dead-letter replay tool on what it republishes: the dead-letter topic it came from. */
  replayedFrom: 'replayed-from',
} as const;

/** What a dead letter carries besides the original message's key, value and headers. */
export const DeadLetterHeaders = {
  /** What kind of refusal: malformed-json, invalid-envelope, forged-producer, invalid-event, handler-failed. */
  reason: 'dlq-reason',
  /** The stable code of the refusal: the domain error's (e.g. report-not-found), else the reason again. */
  code: 'dlq-code',
  error: 'dlq-error',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  consumerGroup: 'dlq-consumer-group',
  failedAt: 'dlq-failed-at',
} as const;

/** Every dead-letter header starts with this, so a replay can drop them all. */
export const DEAD_LETTER_HEADER_PREFIX = 'dlq-';
