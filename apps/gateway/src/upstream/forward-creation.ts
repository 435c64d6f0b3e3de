import { IDEMPOTENCY_KEY_HEADER, Route, RouteResponseOf } from '@waystation/http-api';
import type { Response } from 'express';
import { ServiceClient, UpstreamRequest } from './service-client';

export type CreationRequest<TRoute extends Route> = Omit<UpstreamRequest<TRoute>, 'headers'> & { idempotencyKey: string | undefined };

/**
 * Forwards a creating POST with the caller's Idempotency-Key, and answers with the service's status: 201 for a
 * new object, 200 for a retry that the service answered with the first one.
 */
export async function forwardCreation<TRoute extends Route>(
  service: ServiceClient,
  route: TRoute,
  { idempotencyKey, ...request }: CreationRequest<TRoute>,
  response: Response,
): Promise<RouteResponseOf<TRoute>> {
  const upstream = await service.call(route, {
    ...request,
    headers: { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey },
  } as UpstreamRequest<TRoute>);
  response.status(upstream.status);
  return upstream.body;
}
