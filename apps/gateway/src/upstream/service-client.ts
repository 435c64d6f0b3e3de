import { HttpStatus, Logger } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import {
  ACTOR_ID_HEADER,
  ACTOR_ROLE_HEADER,
  ACTOR_SCOPES_HEADER,
  pathOf,
  Route,
  RouteBodyOf,
  RouteParamsOf,
  RouteQueryOf,
  RouteResponseOf,
} from '@waystation/http-api';
import { CORRELATION_ID_HEADER, problem, PROBLEM_CONTENT_TYPE, ProblemDetails, ProblemException } from '@waystation/platform';
import { Dispatcher, Pool } from 'undici';
import { z } from 'zod';

const MAX_CONNECTIONS_PER_SERVICE = 64;

/** A call of `TRoute`: its path parameters (when its path has some), query and body, on behalf of `actor`. */
export type UpstreamRequest<TRoute extends Route> = {
  correlationId: string;
  actor?: Actor;
  query?: RouteQueryOf<TRoute>;
  body?: RouteBodyOf<TRoute>;
  headers?: Record<string, string | undefined>;
} & ([keyof RouteParamsOf<TRoute>] extends [never] ? { params?: undefined } : { params: RouteParamsOf<TRoute> });

export interface UpstreamResponse<T> {
  status: number;
  body: T;
}

/**
 * Calls one service's internal HTTP API on behalf of the caller. The service's own problem documents (4xx, and
 * 503) pass through unchanged; any other failure of the service becomes a 502, and a service that cannot be
 * reached or does not answer within the timeout a 503, each naming the service. Every answer is parsed against
 * its route's response schema: one that does not match is the service's failure too (a 502, and a log line
 * saying what did not match), never passed on as if it were right.
 *
 * It keeps a pool of connections to the service through undici's dispatcher API: Node's global fetch costs
 * about ten times the CPU per call, which the gateway pays on every request.
 */
export class ServiceClient {
  private readonly pool: Pool;
  private readonly logger: Logger;

  constructor(
    readonly serviceName: string,
    baseUrl: string,
    private readonly timeoutMs: number,
  ) {
    this.pool = new Pool(baseUrl, { connections: MAX_CONNECTIONS_PER_SERVICE, connect: { timeout: timeoutMs } });
    this.logger = new Logger(`${ServiceClient.name}:${serviceName}`);
  }

  async call<TRoute extends Route>(route: TRoute, request: UpstreamRequest<TRoute>): Promise<UpstreamResponse<RouteResponseOf<TRoute>>> {
    const { correlationId, actor, query, body, headers } = request;
    const path = pathOf(route, (request.params ?? {}) as RouteParamsOf<TRoute>);
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) search.set(name, String(value));
    }
    let response: Dispatcher.ResponseData;
    let payload: unknown;
    try {
      response = await this.pool.request({
        method: route.method,
        path: search.size === 0 ? path : `${path}?${search}`,
        // The whole call, from waiting for a free connection to the last byte of the answer.
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: definedHeaders({
          accept: 'application/json',
          'content-type': body === undefined ? undefined : (route.bodyMediaType ?? 'application/json'),
          [CORRELATION_ID_HEADER]: correlationId,
          [ACTOR_ID_HEADER]: actor?.id,
          [ACTOR_ROLE_HEADER]: actor?.role,
          [ACTOR_SCOPES_HEADER]: actor && JSON.stringify(actor.scopes),
          ...headers,
        }),
        body: body === undefined ? undefined : route.bodyMediaType ? String(body) : JSON.stringify(body),
      });
      payload = parseJson(await response.body.text());
    } catch (error) {
      throw new ProblemException(
        problem(
          HttpStatus.SERVICE_UNAVAILABLE,
          'service-unavailable',
          'Service Unavailable',
          `The ${this.serviceName} service did not answer: ${(error as Error).message}`,
        ),
      );
    }
    if (response.statusCode >= 400) throw new ProblemException(this.asProblem(response, payload));
    const answer = route.response.safeParse(payload);
    if (!answer.success) {
      this.logger.error(
        `${route.method} ${route.path} answered ${response.statusCode} with a body its route does not allow (correlation id ${correlationId}): ${z.prettifyError(answer.error)}`,
      );
      throw new ProblemException(this.failed(response.statusCode));
    }
    return { status: response.statusCode, body: answer.data as RouteResponseOf<TRoute> };
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
    return this.failed(response.statusCode);
  }

  /** A service's internal failure stays internal: the client learns which service failed, not how. */
  private failed(statusCode: number): ProblemDetails {
    return problem(HttpStatus.BAD_GATEWAY, 'upstream-failed', 'Bad Gateway', `The ${this.serviceName} service failed (${statusCode})`);
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
