import { HttpStatus, Logger } from '@nestjs/common';
import { pathOf, Route, RouteBodyOf, RouteParamsOf, RouteQueryOf, RouteResponseOf } from '@waystation/http-api';
import { CORRELATION_ID_HEADER, problem, PROBLEM_CONTENT_TYPE, ProblemDetails, ProblemException } from '@waystation/platform';
import type { Readable } from 'node:stream';
import { Dispatcher, Pool } from 'undici';
import { z } from 'zod';

const MAX_CONNECTIONS_PER_SERVICE = 64;

/**
 * A call of `TRoute`: its path parameters (when its path has some), query and body, on behalf of the caller
 * whose access token is `callerToken` (the service verifies it; a route the service serves to anyone has none).
 */
export type UpstreamRequest<TRoute extends Route> = {
  correlationId: string;
  callerToken?: string;
  query?: RouteQueryOf<TRoute>;
  body?: RouteBodyOf<TRoute>;
  headers?: Record<string, string | undefined>;
} & ([keyof RouteParamsOf<TRoute>] extends [never] ? { params?: undefined } : { params: RouteParamsOf<TRoute> });

/** A call whose body is a byte stream (an uploaded image), passed on as it arrives. */
export type UpstreamStreamRequest<TRoute extends Route> = Omit<UpstreamRequest<TRoute>, 'body'> & {
  body: Readable;
  contentType: string;
  /** The caller's Content-Length, when it sent one. */
  contentLength?: number;
};

/** A streamed answer (an image): its status, the headers a cache needs, and its body unread. */
export interface UpstreamStream {
  status: number;
  headers: Record<string, string>;
  body: Readable;
}

/** What every kind of call tells `send`, whatever its route. */
interface AnyUpstreamRequest {
  correlationId: string;
  callerToken?: string;
  query?: unknown;
  headers?: Record<string, string | undefined>;
  params?: unknown;
}

/** What a streamed answer keeps of the service's headers. */
const STREAMED_HEADERS = ['content-type', 'content-length', 'etag', 'cache-control'];

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
    const { body } = request;
    const content =
      body === undefined
        ? undefined
        : { type: route.bodyMediaType ?? 'application/json', body: route.bodyMediaType ? String(body) : JSON.stringify(body) };
    const response = await this.send(route, request, content);
    return this.answerOf(route, request.correlationId, response, await this.payloadOf(response));
  }

  /**
   * Like `call` for a route whose request body streams (`stream: 'request'`): `body` is passed on as it arrives,
   * never held whole; the answer is JSON, checked against the route as `call` does.
   */
  async upload<TRoute extends Route & { stream: 'request' }>(
    route: TRoute,
    request: UpstreamStreamRequest<TRoute>,
  ): Promise<UpstreamResponse<RouteResponseOf<TRoute>>> {
    const { body, contentType, contentLength } = request;
    const response = await this.send(route, request, { type: contentType, body, length: contentLength });
    return this.answerOf(route, request.correlationId, response, await this.payloadOf(response));
  }

  /**
   * Calls a route whose answer streams (`stream: 'response'`, an image) and hands its body on unread, with the
   * headers a cache needs. Problems are passed through or replaced as by `call`.
   */
  async download<TRoute extends Route & { stream: 'response' }>(route: TRoute, request: UpstreamRequest<TRoute>): Promise<UpstreamStream> {
    const response = await this.send(route, request, undefined);
    if (response.statusCode >= 400) throw new ProblemException(this.asProblem(response, await this.payloadOf(response)));
    const headers = Object.fromEntries(
      STREAMED_HEADERS.flatMap((name) => (typeof response.headers[name] === 'string' ? [[name, response.headers[name] as string]] : [])),
    );
    return { status: response.statusCode, headers, body: response.body };
  }

  private async send<TRoute extends Route>(
    route: TRoute,
    { correlationId, callerToken, query, headers, params }: AnyUpstreamRequest,
    content: { type: string; body: string | Readable; length?: number } | undefined,
  ): Promise<Dispatcher.ResponseData> {
    const path = pathOf(route, (params ?? {}) as RouteParamsOf<TRoute>);
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
      if (value !== undefined && value !== null) search.set(name, String(value));
    }
    try {
      return await this.pool.request({
        method: route.method,
        path: search.size === 0 ? path : `${path}?${search}`,
        // The whole call, from waiting for a free connection to the last byte of the answer.
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: definedHeaders({
          accept: route.stream === 'response' ? '*/*' : 'application/json',
          'content-type': content?.type,
          'content-length': content?.length === undefined ? undefined : String(content.length),
          [CORRELATION_ID_HEADER]: correlationId,
          ...headers,
          // Last: no header of the call can stand in for the caller's token.
          authorization: callerToken === undefined ? undefined : `Bearer ${callerToken}`,
        }),
        body: content?.body,
      });
    } catch (error) {
      // A streamed body that failed on its way in (over the size limit) is the caller's problem, not the service's.
      if (error instanceof ProblemException) throw error;
      throw this.unavailable(error);
    }
  }

  /** The answer's JSON; an answer that breaks off halfway is the service being away. */
  private async payloadOf(response: Dispatcher.ResponseData): Promise<unknown> {
    try {
      return parseJson(await response.body.text());
    } catch (error) {
      throw this.unavailable(error);
    }
  }

  private unavailable(error: unknown): ProblemException {
    return new ProblemException(
      problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        'service-unavailable',
        'Service Unavailable',
        `The ${this.serviceName} service did not answer: ${(error as Error).message}`,
      ),
    );
  }

  private answerOf<TRoute extends Route>(
    route: TRoute,
    correlationId: string,
    response: Dispatcher.ResponseData,
    payload: unknown,
  ): UpstreamResponse<RouteResponseOf<TRoute>> {
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
