import type { INestApplication } from '@nestjs/common';
import type { Application, Request } from 'express';
import type { ClientInfo } from './sessions/session-issuer';

/**
 * Tells Express how many proxies in front of the gateway to believe, so `request.ip` is the client's address
 * behind an ingress rather than the ingress's own (which would put every client under one rate limit).
 */
export function trustProxies(app: INestApplication, hops: number): void {
  (app.getHttpAdapter().getInstance() as Application).set('trust proxy', hops);
}

/** The address a request came from, as Express sees it (trustProxies decides about `X-Forwarded-For`). */
export function clientAddressOf(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}

/** What a session keeps of the client that signed in. */
export function clientInfoOf(request: Request): ClientInfo {
  const userAgent = request.header('user-agent');
  return { ip: clientAddressOf(request), ...(userAgent ? { userAgent: userAgent.slice(0, 500) } : {}) };
}
