import { EventValidationError } from '@waystation/contracts';
import { ZodError } from 'zod';
import { DeadlineExceededError } from './deadline-exceeded.error';
import { DomainError, DomainErrorKind } from './domain-error';

/**
 * What kind of failure an error is, whichever transport met it. Each transport decides what a kind means for it
 * (an HTTP status, a consumer's retry, pause or dead letter) with an exhaustive switch, so a new kind does not
 * compile until every transport has decided.
 *
 * The first seven are *availability* failures: a dependency is away or busy for a while, and the same work will
 * succeed once it is back.
 */
export type FailureKind =
  /** PostgreSQL cannot be reached or dropped the connection (refused, reset, class 08, shutdown 57P01-57P03). */
  | 'database-unavailable'
  /** A statement gave up waiting for a lock (`lock_timeout`, 55P03). */
  | 'lock-timeout'
  /** A serializable transaction lost a race (40001). */
  | 'serialization-failure'
  /** PostgreSQL broke a deadlock by aborting this transaction (40P01). */
  | 'deadlock'
  /** A statement ran past `statement_timeout` (57014). */
  | 'statement-timeout'
  /** The Kafka cluster cannot be reached or has no leader for the partition yet. */
  | 'broker-unavailable'
  /** An operation ran past the deadline its caller set (DeadlineExceededError): what it waits for is stuck. */
  | 'deadline-exceeded'
  /** A message that is not a well-formed event of its contract. */
  | 'invalid-event'
  /** A domain error, by its own kind. */
  | DomainErrorKind
  /** Anything else: a defect, or a failure nobody classified yet. */
  | 'unexpected';

const SQLSTATE_KINDS: Record<string, FailureKind> = {
  '55P03': 'lock-timeout',
  '40001': 'serialization-failure',
  '40P01': 'deadlock',
  '57014': 'statement-timeout',
  '57P01': 'database-unavailable',
  '57P02': 'database-unavailable',
  '57P03': 'database-unavailable',
  '53300': 'database-unavailable',
};

/** Socket errors: the peer is gone, refuses, or cannot be found right now. */
const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

/** node-postgres reports a lost or timed-out connection by message only. */
const LOST_CONNECTION_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed)/;

/**
 * TypeORM's word for a transaction whose connection the pool already dropped (it died under the transaction):
 * the lost connection, seen one step later.
 */
const RELEASED_CONNECTION_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/** kafkajs errors that mean the cluster is away or catching up, not that the request was wrong. */
const BROKER_UNAVAILABLE_ERRORS = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSNumberOfRetriesExceeded',
  'KafkaJSBrokerNotFound',
  'KafkaJSMetadataNotLoaded',
  'KafkaJSTopicMetadataNotLoaded',
  'KafkaJSLockTimeout',
]);

export function failureKindOf(error: unknown): FailureKind {
  if (error instanceof DomainError) return error.kind;
  if (error instanceof DeadlineExceededError) return 'deadline-exceeded';
  if (error instanceof EventValidationError || error instanceof ZodError) return 'invalid-event';
  for (const cause of causesOf(error)) {
    const { code, name, message, retriable } = cause as { code?: unknown; name?: unknown; message?: unknown; retriable?: unknown };
    if (typeof code === 'string') {
      if (SQLSTATE_KINDS[code]) return SQLSTATE_KINDS[code];
      if (code.startsWith('08') && code.length === 5) return 'database-unavailable';
      if (NETWORK_ERROR_CODES.has(code)) return 'database-unavailable';
    }
    if (typeof name === 'string' && RELEASED_CONNECTION_ERRORS.has(name)) return 'database-unavailable';
    if (typeof name === 'string' && (BROKER_UNAVAILABLE_ERRORS.has(name) || (name === 'KafkaJSProtocolError' && retriable === true))) {
      return 'broker-unavailable';
    }
    if (typeof message === 'string' && LOST_CONNECTION_MESSAGE.test(message)) return 'database-unavailable';
  }
  return 'unexpected';
}

/** The error itself, the driver error TypeORM wraps, and the `cause` chain (bounded, in case it loops). */
function causesOf(error: unknown): unknown[] {
  const causes: unknown[] = [];
  let current = error;
  while (current && typeof current === 'object' && causes.length < 8) {
    causes.push(current);
    const { driverError } = current as { driverError?: unknown };
    if (driverError && typeof driverError === 'object') causes.push(driverError);
    current = (current as { cause?: unknown }).cause;
  }
  return causes;
}
