import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import { Observable, throwError } from 'rxjs';
import { ZodError } from 'zod';
import { assertUnreachable } from '../errors/assert-unreachable';
import { DomainError, DomainErrorKind } from '../errors/domain-error';
import { FailureKind, failureKindOf } from '../errors/failure-kind';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problem } from './problem-details';
import { ProblemException } from './problem.exception';

/** How long a client should wait before trying again after a 503: a dependency is away or busy for a moment. */
const RETRY_AFTER_SECONDS = '2';

/** Maps every error leaving an HTTP handler to RFC 9457 problem+json; never leaks a stack trace. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void | Observable<never> {
    // Event handlers share the global filters in a hybrid app: give their errors back untouched so the
    // consumer can decide between retry and dead letter.
    if (host.getType() !== 'http') return throwError(() => exception);
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const body = { ...this.toProblem(exception), instance: request.originalUrl };
    // A 503 is a dependency away for a moment, which its own checks report: worth a warning, not an error each time.
    if (body.status === HttpStatus.SERVICE_UNAVAILABLE)
      this.logger.warn({ err: exception, path: request.originalUrl }, 'request refused: a dependency is unavailable');
    else if (body.status >= 500) this.logger.error({ err: exception, path: request.originalUrl }, 'request failed');
    const response = http.getResponse<Response>();
    if (body.status === HttpStatus.SERVICE_UNAVAILABLE) response.setHeader('Retry-After', RETRY_AFTER_SECONDS);
    if (body.status === HttpStatus.TOO_MANY_REQUESTS) response.setHeader('Retry-After', String(retryAfterOf(exception)));
    this.write(request, response, body);
  }

  /** Sends the problem; a standard with an error format of its own (Open311) writes it its way. */
  protected write(_request: Request, response: Response, body: ProblemDetails): void {
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(body);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ProblemException) return exception.problem;
    if (exception instanceof ZodValidationException) return validationProblem(exception.getZodError() as ZodError);
    if (exception instanceof ZodError) return validationProblem(exception);
    if (exception instanceof DomainError) {
      const status = statusOf(exception.kind);
      return problem(status, exception.code, titleOf(status), exception.message, exception.details);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return problem(status, slug(titleOf(status)), titleOf(status), messageOf(exception));
    }
    if (isFrameworkClientError(exception)) {
      return problem(exception.status, slug(titleOf(exception.status)), titleOf(exception.status), exception.message);
    }
    return (
      unavailableProblemOf(failureKindOf(exception)) ??
      problem(500, 'internal-error', 'Internal Server Error', 'The server could not complete the request.')
    );
  }
}

export function validationProblem(error: ZodError): ProblemDetails {
  const errors = error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.join('.') : '(body)',
    message: issue.message,
  }));
  return problem(
    HttpStatus.BAD_REQUEST,
    'validation-failed',
    'Bad Request',
    `Invalid request: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
    { errors },
  );
}

/**
 * An error of Express or body-parser about the request itself (http-errors: a body over the limit is 413
 * `entity.too.large`, a charset or content-encoding it cannot read 415, a body that does not inflate 400). Their
 * messages are meant for the client (`expose`); Nest passes them on as they are.
 */
function isFrameworkClientError(exception: unknown): exception is { status: number; message: string } {
  if (!(exception instanceof Error)) return false;
  const { status, expose } = exception as { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * A 503 for a dependency that is away or busy: nothing was written (the transaction did not commit) and the
 * same request may pass in a moment. Undefined for failures of other kinds, which the caller maps itself.
 */
function unavailableProblemOf(kind: FailureKind): ProblemDetails | undefined {
  switch (kind) {
    case 'lock-timeout':
    case 'serialization-failure':
    case 'deadlock':
    case 'statement-timeout':
    case 'deadline-exceeded':
      return problem(
        503,
        'resource-busy',
        'Service Unavailable',
        'A record this request needs is busy with another operation; try again shortly.',
      );
    case 'database-unavailable':
      return problem(
        503,
        'database-unavailable',
        'Service Unavailable',
        'The service cannot reach its database right now; try again shortly.',
      );
    case 'broker-unavailable':
      return problem(503, 'broker-unavailable', 'Service Unavailable', 'The service cannot reach Kafka right now; try again shortly.');
    case 'invalid-event':
    case 'invalid':
    case 'not-found':
    case 'conflict':
    case 'forbidden':
    case 'unauthenticated':
    case 'rate-limited':
    case 'unavailable':
    case 'unsupported-media-type':
    case 'too-large':
    case 'unexpected':
      return undefined;
    default:
      return assertUnreachable(kind);
  }
}

function statusOf(kind: DomainErrorKind): number {
  switch (kind) {
    case 'invalid':
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case 'not-found':
      return HttpStatus.NOT_FOUND;
    case 'conflict':
      return HttpStatus.CONFLICT;
    case 'forbidden':
      return HttpStatus.FORBIDDEN;
    case 'unauthenticated':
      return HttpStatus.UNAUTHORIZED;
    case 'rate-limited':
      return HttpStatus.TOO_MANY_REQUESTS;
    case 'unavailable':
      return HttpStatus.SERVICE_UNAVAILABLE;
    case 'unsupported-media-type':
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case 'too-large':
      return HttpStatus.PAYLOAD_TOO_LARGE;
    default:
      return assertUnreachable(kind);
  }
}

/**
 * Whole seconds, at least one: a `rate-limited` error says how long in `details.retryAfterSeconds`, and a problem
 * passed on from a service (the gateway forwarding a 429) in its `retryAfterSeconds` member.
 */
function retryAfterOf(exception: unknown): number {
  const seconds =
    exception instanceof DomainError
      ? Number(exception.details.retryAfterSeconds)
      : exception instanceof ProblemException
        ? Number(exception.problem.retryAfterSeconds)
        : NaN;
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : 1;
}

function titleOf(status: number): string {
  const name = HttpStatus[status];
  if (!name) return status >= 500 ? 'Server Error' : 'Client Error';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

function slug(title: string): string {
  return title.toLowerCase().replace(/\s+/g, '-');
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}
