import { Body, Delete, Get, Patch, Post, Put, Query } from '@nestjs/common';
import type { Route } from '@waystation/http-api';
import { ZodValidationPipe } from 'nestjs-zod';
import type { z } from 'zod';
import { assertUnreachable } from '../errors/assert-unreachable';

/**
 * Serves a route of the internal API table (`ReportsRoutes.confirm`) at its method and path, so the path the
 * gateway calls and the one the service answers are one declaration. Its controller takes no path of its own.
 */
export function RouteEndpoint(route: Route): MethodDecorator {
  switch (route.method) {
    case 'GET':
      return Get(route.path);
    case 'POST':
      return Post(route.path);
    case 'PUT':
      return Put(route.path);
    case 'PATCH':
      return Patch(route.path);
    case 'DELETE':
      return Delete(route.path);
    default:
      return assertUnreachable(route.method);
  }
}

/** The request body, validated by the route's body schema. */
export function RouteBody(route: Route & { body: z.ZodType }): ParameterDecorator {
  return Body(new ZodValidationPipe(route.body));
}

/** The query string, validated by the route's query schema. */
export function RouteQuery(route: Route & { query: z.ZodType }): ParameterDecorator {
  return Query(new ZodValidationPipe(route.query));
}
