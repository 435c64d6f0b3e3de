export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface RetryOptions {
  /** Attempts before a failing message is dead-lettered (first try included). */
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

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
    topics: readonly string[];
    retry?: Partial<RetryOptions>;
    /** How often resolved offsets are committed; 0 commits after every batch. */
    commitIntervalMs?: number;
    partitionsConsumedConcurrently?: number;
  };
  retention?: Partial<RetentionOptions>;
  relay?: {
    /** Backstop poll when no NOTIFY arrives (NOTIFY is the normal wake-up). */
    pollIntervalMs?: number;
    batchSize?: number;
  };
}

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 5, initialDelayMs: 100, maxDelayMs: 2_000 };
