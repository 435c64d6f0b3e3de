import { IDEMPOTENCY_KEY_HEADER } from '@waystation/http-api';
import type { Response } from 'express';
import { ServiceClient, UpstreamRequest } from './service-client';

export type CreationRequest = Omit<UpstreamRequest, 'method' | 'headers'> & { idempotencyKey: string | undefined };

/**
 * Forwards a creating POST with the caller's Idempotency-Key, and answers with the service's status: 201 for a
 * new object, 200 for a retry that the service answered with the first one.
 */
export async function forwardCreation<T>(service: ServiceClient, { idempotencyKey, ...request }: CreationRequest, response: Response): Promise<T> {
  const upstream = await service.call<T>({ ...request, method: 'POST', headers: { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey } });
  response.status(upstream.status);
  return upstream.body;
}
