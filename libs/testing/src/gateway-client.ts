import { Actor, ActorInput, actorSchema } from '@waystation/contracts';
import type { Server } from 'node:http';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import { testTokenIssuer } from './test-token-issuer';

type Target = string | Server;

/** supertest against `target`, each request identified by `identify`. */
function requestAs(target: Target, identify: (test: request.Test) => request.Test) {
  const agent = request(target);
  return {
    get: (path: string) => identify(agent.get(path)),
    post: (path: string) => identify(agent.post(path)),
  };
}

/**
 * The public API through the running gateway, as a given caller: development identity headers for the gateway,
 * and the access token it forwards to the services (from the test issuer startTestSystem made them trust).
 */
export const gatewayAs = (gatewayUrl: string, actor?: ActorInput) =>
  requestAs(gatewayUrl, (test) =>
    // Not parsed: a test may name a caller the gateway must refuse.
    actor
      ? test
          .set('x-dev-user-id', actor.id)
          .set('x-dev-user-role', actor.role)
          .set('x-dev-user-scopes', JSON.stringify(actor.scopes ?? {}))
          .set('authorization', `Bearer ${testTokenIssuer.tokenFor(actor)}`)
      : test,
  );

/**
 * A service's internal API, as the gateway calls it on behalf of `actor`: with an access token for the actor,
 * signed by the test issuer that startServiceUnderTest made the service trust. Without an actor, no token.
 */
export const serviceAs = (server: Target, actor?: ActorInput) =>
  requestAs(server, (test) => (actor ? test.set('authorization', `Bearer ${testTokenIssuer.tokenFor(actor)}`) : test));

/** A service's internal API with exactly this Authorization header (a forged, expired or foreign token). */
export const serviceWithAuthorization = (server: Target, authorization: string) =>
  requestAs(server, (test) => test.set('authorization', authorization));

export const newWorker = (): Actor => actorSchema.parse({ id: `worker-${uuidv7()}`, role: 'worker' });
export const newStaff = (): Actor => actorSchema.parse({ id: `staff-${uuidv7()}`, role: 'community-staff' });
