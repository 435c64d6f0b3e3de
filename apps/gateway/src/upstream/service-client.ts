import { HttpStatus } from '@nestjs/common';
import { Actor, ACTOR_ID_HEADER, ACTOR_ROLE_HEADER } from '@waystation/http-api';
import { CORRELATION_ID_HEADER, problem, PROBLEM_CONTENT_TYPE, ProblemDetails, ProblemException } from '@waystation/platform';

export interface UpstreamRequest {
  method: 'GET' | 'POST';
  path: string;
  correlationId: string;
  actor?: Actor;
  query?: object;
  body?: unknown;
  headers?: Record<string, string | undefined>;
}

export interface UpstreamResponse<T> {
  status: number;
  body: T;
}

/**
 * Calls one service's internal HTTP API on behalf of the caller. The service's own problem documents pass
 * through unchanged; a service that cannot be reached becomes a 503 naming it.
 */
export class ServiceClient {
  constructor(
    readonly serviceName: string,
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
  ) {}

  async call<T>({ method, path, correlationId, actor, query, body, headers }: UpstreamRequest): Promise<UpstreamResponse<T>> {
    const url = new URL(path, this.baseUrl);
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) url.searchParams.set(name, String(value));
    }
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: definedHeaders({
          accept: 'application/json',
          'content-type': body === undefined ? undefined : 'application/json',
          [CORRELATION_ID_HEADER]: correlationId,
          [ACTOR_ID_HEADER]: actor?.id,
          [ACTOR_ROLE_HEADER]: actor?.role,
          ...headers,
        }),
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new ProblemException(
        problem(HttpStatus.SERVICE_UNAVAILABLE, 'service-unavailable', 'Service Unavailable', `The ${this.serviceName} service did not answer: ${(error as Error).message}`),
      );
    }
    const payload = await response.json().catch(() => undefined);
    if (!response.ok) throw new ProblemException(this.asProblem(response, payload));
    return { status: response.status, body: payload as T };
  }

  private asProblem(response: Response, payload: unknown): ProblemDetails {
    const isProblem = response.headers.get('content-type')?.startsWith(PROBLEM_CONTENT_TYPE) && typeof payload === 'object' && payload !== null;
    if (isProblem && response.status < 500) return payload as ProblemDetails;
    // A service's internal failure stays internal: the client learns which service failed, not how.
    return problem(HttpStatus.BAD_GATEWAY, 'upstream-failed', 'Bad Gateway', `The ${this.serviceName} service failed (${response.status})`);
  }
}

function definedHeaders(headers: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
