import { EventValidationError } from '@waystation/contracts';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { z } from 'zod';
import { DeadlineExceededError } from './deadline-exceeded.error';
import { DomainError } from './domain-error';
import { failureKindOf } from './failure-kind';

/** What node-postgres rejects with: an Error carrying the SQLSTATE or the socket's error code. */
function pgError(message: string, code?: string): Error {
  return Object.assign(new Error(message), code ? { code } : {});
}

const queryFailed = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

class ReportGoneError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'report-gone';
}

describe(failureKindOf.name, () => {
  it.each([
    ['lock timeout 55P03', queryFailed(pgError('canceling statement due to lock timeout', '55P03')), 'lock-timeout'],
    ['serialization failure 40001', queryFailed(pgError('could not serialize access', '40001')), 'serialization-failure'],
    ['deadlock 40P01', queryFailed(pgError('deadlock detected', '40P01')), 'deadlock'],
    ['statement timeout 57014', queryFailed(pgError('canceling statement due to statement timeout', '57014')), 'statement-timeout'],
    ['admin shutdown 57P01', queryFailed(pgError('terminating connection due to administrator command', '57P01')), 'database-unavailable'],
    ['cannot connect now 57P03', pgError('the database system is starting up', '57P03'), 'database-unavailable'],
    ['connection failure, class 08', pgError('connection failure', '08006'), 'database-unavailable'],
    ['connection refused', pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), 'database-unavailable'],
    ['connection reset', pgError('read ECONNRESET', 'ECONNRESET'), 'database-unavailable'],
    ['a connection ended under a query', queryFailed(pgError('Connection terminated unexpectedly')), 'database-unavailable'],
    ['a transaction whose connection the pool dropped', new QueryRunnerAlreadyReleasedError(), 'database-unavailable'],
    ['a query on a transaction whose connection the pool dropped', new QueryRunnerProviderAlreadyReleasedError(), 'database-unavailable'],
    ['the server shutting down (57P03)', pgError('the database system is shutting down', '57P03'), 'database-unavailable'],
    ['a pool that cannot connect in time', pgError('timeout exceeded when trying to connect'), 'database-unavailable'],
    ['a handler past its deadline', new DeadlineExceededError('report.confirmed handler', 30_000), 'deadline-exceeded'],
    ['a wrapped cause', new Error('crediting failed', { cause: pgError('connect ECONNREFUSED', 'ECONNREFUSED') }), 'database-unavailable'],
  ] as const)('classifies %s as %s', (_what, error, kind) => {
    expect(failureKindOf(error)).toBe(kind);
  });

  it('classifies kafkajs connection errors and retriable protocol errors as broker-unavailable, other protocol errors as unexpected', () => {
    const named = (name: string, extra: object = {}) => Object.assign(new Error(name), { name, ...extra });

    expect(failureKindOf(named('KafkaJSConnectionError'))).toBe('broker-unavailable');
    expect(failureKindOf(named('KafkaJSNumberOfRetriesExceeded'))).toBe('broker-unavailable');
    expect(failureKindOf(named('KafkaJSProtocolError', { retriable: true, type: 'LEADER_NOT_AVAILABLE' }))).toBe('broker-unavailable');
    expect(failureKindOf(named('KafkaJSProtocolError', { retriable: false, type: 'TOPIC_AUTHORIZATION_FAILED' }))).toBe('unexpected');
  });

  it('classifies an event that breaks its contract as invalid-event', () => {
    expect(failureKindOf(new EventValidationError([{ path: 'payload.reportId', message: 'Required' }]))).toBe('invalid-event');
    expect(failureKindOf(z.object({ id: z.string() }).safeParse({}).error)).toBe('invalid-event');
  });

  it('classifies a domain error by its own kind', () => {
    expect(failureKindOf(new ReportGoneError('gone'))).toBe('not-found');
  });

  it('classifies anything else, such as a constraint violation or a defect, as unexpected', () => {
    expect(failureKindOf(queryFailed(pgError('duplicate key value violates unique constraint', '23505')))).toBe('unexpected');
    expect(failureKindOf(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe('unexpected');
    expect(failureKindOf('a string')).toBe('unexpected');
  });
});
