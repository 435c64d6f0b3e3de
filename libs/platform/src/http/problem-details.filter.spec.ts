import { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { ProblemDetailsFilter } from './problem-details.filter';

/** What the filter writes: the status, the headers and the body of the answer. */
interface Written {
  status?: number;
  headers: Record<string, string>;
  body?: { status: number; code: string };
}

function httpHost(written: Written): ArgumentsHost {
  const response = {
    setHeader: (name: string, value: string) => (written.headers[name] = value),
    status: (status: number) => ((written.status = status), response),
    type: () => response,
    send: (body: Written['body']) => ((written.body = body), response),
  };
  return {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => ({ originalUrl: '/reports' }), getResponse: () => response }),
  } as unknown as ArgumentsHost;
}

class TooOftenError extends DomainError {
  readonly kind = 'rate-limited';
  readonly code = 'too-often';
}

const pgError = (message: string, code: string) => Object.assign(new Error(message), { code });

describe(ProblemDetailsFilter.name, () => {
  const sut = new ProblemDetailsFilter();

  const answer = (exception: unknown): Written => {
    const written: Written = { headers: {} };
    sut.catch(exception, httpHost(written));
    return written;
  };

  it('answers 503 database-unavailable with Retry-After when the database refuses connections, not 500', () => {
    const written = answer(pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'));

    expect(written).toMatchObject({ status: 503, headers: { 'Retry-After': '2' }, body: { status: 503, code: 'database-unavailable' } });
  });

  it('answers 503 database-unavailable while the server shuts down (57P01)', () => {
    expect(
      answer(new QueryFailedError('SELECT 1', [], pgError('terminating connection due to administrator command', '57P01'))).body?.code,
    ).toBe('database-unavailable');
  });

  it('answers 503 resource-busy with Retry-After when a lock is not granted in time', () => {
    const written = answer(new QueryFailedError('UPDATE reports', [], pgError('canceling statement due to lock timeout', '55P03')));

    expect(written).toMatchObject({ status: 503, headers: { 'Retry-After': '2' }, body: { code: 'resource-busy' } });
  });

  it('answers 500 without Retry-After to a failure nobody classified', () => {
    const written = answer(new TypeError('undefined is not a function'));

    expect(written).toMatchObject({ status: 500, headers: {}, body: { code: 'internal-error' } });
  });

  it('answers 429 with Retry-After in whole seconds to a rate-limited error', () => {
    const written = answer(new TooOftenError('slow down', { retryAfterSeconds: 41.2 }));

    expect(written).toMatchObject({ status: 429, headers: { 'Retry-After': '42' }, body: { status: 429, code: 'too-often' } });
  });
});
