import { ZodType } from 'zod';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

/**
 * A topic an outside party writes plain JSON to, not event envelopes (a department's updates). Each message is
 * validated against `schema` and handed to the `@EventPattern(pattern)` handler as a PlainMessage; what is refused
 * goes to `deadLetterTopic`, one the writer may read, instead of `<topic>.dlq.<group>`.
 */
export interface PlainTopicSubscription {
  topic: string;
  pattern: string;
  schema: ZodType;
  deadLetterTopic: string;
}

export interface BackoffOptions {
  initialDelayMs: number;
  maxDelayMs: number;
}

/** Retries of an event that failed for no known reason: bounded, then the event is dead-lettered. */
export interface RetryOptions extends BackoffOptions {
  /** Attempts before a failing message is dead-lettered (first try included). */
  maxAttempts: number;
}

/** How a partition waits for an unavailable dependency: paused, resumed after this backoff, without limit. */
export type PauseOptions = BackoffOptions;

export interface RetentionOptions {
  /** Days a published outbox row is kept. */
  outboxDays: number;
  /** Days an inbox row is kept: longer than any topic's retention, or a redelivery could apply twice. */
  inboxDays: number;
  /** How often each replica purges. */
  intervalMs: number;
}

export interface MessagingOptions {
  /** Stamped as `producer` on events and used as the Kafka client id. */
  serviceName: string;
  brokers: string[];
  /** The service's Kafka principal, authenticated with SASL/SCRAM-SHA-512; absent for a broker without SASL. */
  sasl?: { username: string; password: string };
  /** Present for services that consume events; each service has its own group. */
  consumer?: {
    groupId: string;
    /** Topics of event envelopes. */
    topics: readonly string[];
    plainTopics?: readonly PlainTopicSubscription[];
    retry?: Partial<RetryOptions>;
    pause?: Partial<PauseOptions>;
    /** How often resolved offsets are committed; 0 commits after every batch. */
    commitIntervalMs?: number;
    partitionsConsumedConcurrently?: number;
    /** How long a handler may run before the consumer stops waiting and treats it as stuck (30 s by default). */
    handlerTimeoutMs?: number;
  };
  retention?: Partial<RetentionOptions>;
  relay?: {
    /** Backstop poll when no NOTIFY arrives (NOTIFY is the normal wake-up). */
    pollIntervalMs?: number;
    batchSize?: number;
    /** The most bytes of records sent in one produce request; keep it under the broker's `message.max.bytes`. */
    maxRequestBytes?: number;
  };
}

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 5, initialDelayMs: 100, maxDelayMs: 2_000 };

/** Capped at a few seconds, so a partition is consuming again within seconds of its dependency coming back. */
export const DEFAULT_PAUSE: PauseOptions = { initialDelayMs: 250, maxDelayMs: 5_000 };
