import { HttpStatus } from '@nestjs/common';
import { Actor, ACTOR_ID_HEADER, ACTOR_ROLE_HEADER } from '@waystation/http-api';
import { CORRELATION_ID_HEADER, problem, PROBLEM_CONTENT_TYPE, ProblemDetails, ProblemException } from '@waystation/platform';
import { Dispatcher, Pool } from 'undici';

const MAX_CONNECTIONS_PER_SERVICE = 64;

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
 * Calls one service's internal HTTP API on behalf of the caller. The service's own problem documents (4xx, and
 * 503) pass through unchanged; any other failure of the service becomes a 502, and a service that cannot be
 * reached or does not answer within the timeout a 503, each naming the service.
 *
 * It keeps a pool of connections to the service through undici's dispatcher API: Node's global fetch costs
 * about ten times the CPU per call, which the gateway pays on every request.
 */
export class ServiceClient {
  private readonly pool: Pool;

  constructor(
    readonly serviceName: string,
    baseUrl: string,
    private readonly timeoutMs: number,
  ) {
    this.pool = new Pool(baseUrl, { connections: MAX_CONNECTIONS_PER_SERVICE, connect: { timeout: timeoutMs } });
  }

  async call<T>({ method, path, correlationId, actor, query, body, headers }: UpstreamRequest): Promise<UpstreamResponse<T>> {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) search.set(name, String(value));
    }
    let response: Dispatcher.ResponseData;
    let payload: unknown;
    try {
      response = await this.pool.request({
        method,
        path: search.size === 0 ? path : `${path}?${search}`,
        // The whole call, from waiting for a free connection to the last byte of the answer.
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
      payload = parseJson(await response.body.text());
    } catch (error) {
      throw new ProblemException(
        problem(HttpStatus.SERVICE_UNAVAILABLE, 'service-unavailable', 'Service Unavailable', `The ${this.serviceName} service did not answer: ${(error as Error).message}`),
      );
    }
    if (response.statusCode >= 400) throw new ProblemException(this.asProblem(response, payload));
    return { status: response.statusCode, body: payload as T };
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private asProblem(response: Dispatcher.ResponseData, payload: unknown): ProblemDetails {
    const contentType = String(response.headers['content-type'] ?? '');
    const isProblem = contentType.startsWith(PROBLEM_CONTENT_TYPE) && typeof payload === 'object' && payload !== null;
    // A 503 says "try again shortly" (a lock timeout, say) and carries no internals: the client should see it.
    const passesThrough = response.statusCode < 500 || response.statusCode === HttpStatus.SERVICE_UNAVAILABLE;
    if (isProblem && passesThrough) return payload as ProblemDetails;
    // A service's internal failure stays internal: the client learns which service failed, not how.
    return problem(HttpStatus.BAD_GATEWAY, 'upstream-failed', 'Bad Gateway', `The ${this.serviceName} service failed (${response.statusCode})`);
  }
}

/** A body that is not JSON (an empty one, a proxy's HTML page) is no payload; a problem is made of the status. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function definedHeaders(headers: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
