import type { Request } from 'express';
import type { ClientInfo } from './sessions/session-issuer';

/** The address a request came from, as Express sees it (its `trust proxy` setting decides about proxies). */
export function clientAddressOf(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}

/** What a session keeps of the client that signed in. */
export function clientInfoOf(request: Request): ClientInfo {
  const userAgent = request.header('user-agent');
  return { ip: clientAddressOf(request), ...(userAgent ? { userAgent: userAgent.slice(0, 500) } : {}) };
}
