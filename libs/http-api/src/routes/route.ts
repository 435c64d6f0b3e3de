import { z } from 'zod';

/**
 * One operation of a service's internal HTTP API, declared once: the service's controller takes its method, path
 * and validation from it, and the gateway's client builds the call from it and checks the answer against it.
 * `path` names its parameters Nest's way (`/reports/:id/confirm`).
 */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: z.ZodType;
  body?: z.ZodType;
  /** A body sent as it is in this media type (a CSV file) rather than as JSON; its schema is then a string's. */
  bodyMediaType?: 'text/csv';
  /**
   * A body that passes through as bytes, never read whole: the request's (an uploaded image; the route then has
   * no `body` schema) or the response's (a served image; `response` then checks nothing).
   */
  stream?: 'request' | 'response';
  response: z.ZodType;
}

/** Keeps the route's literal path and exact schemas in its type. */
export const defineRoute = <const TRoute extends Route>(route: TRoute): TRoute => route;

type ParamNames<TPath extends string> = TPath extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : TPath extends `${string}:${infer Name}`
    ? Name
    : never;

/** The values of a route's path parameters, by name. */
export type RouteParamsOf<TRoute extends Route> = Record<ParamNames<TRoute['path']>, string>;
export type RouteQueryOf<TRoute extends Route> = TRoute['query'] extends z.ZodType ? z.output<TRoute['query']> : never;
export type RouteBodyOf<TRoute extends Route> = TRoute['body'] extends z.ZodType ? z.output<TRoute['body']> : never;
export type RouteResponseOf<TRoute extends Route> = z.output<TRoute['response']>;

/** The route's path with its parameters filled in, each encoded as one path segment. */
export function pathOf<TRoute extends Route>(route: TRoute, params: RouteParamsOf<TRoute>): string {
  return route.path.replace(/:(\w+)/g, (_match, name: string) => encodeURIComponent((params as Record<string, string>)[name]));
}
