import { Actor, ActorInput, actorSchema } from '@waystation/contracts';
import type { Server } from 'node:http';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import type { TestAccount } from './test-account';
import { testTokenIssuer } from './test-token-issuer';

type Target = string | Server;

/** supertest against `target`, each request identified by `identify`. */
function requestAs(target: Target, identify: (test: request.Test) => request.Test) {
  const agent = request(target);
  return {
    get: (path: string) => identify(agent.get(path)),
    post: (path: string) => identify(agent.post(path)),
    put: (path: string) => identify(agent.put(path)),
    patch: (path: string) => identify(agent.patch(path)),
    delete: (path: string) => identify(agent.delete(path)),
  };
}

/**
 * The public API through the running gateway, as an account signed in through its real endpoints
 * (signUpWorker, signInStaff, signInAdmin), or anonymously: `Authorization: Bearer <its access token>`.
 */
export const gatewayAs = (gatewayUrl: Target, account?: Pick<TestAccount, 'accessToken'>) =>
  requestAs(gatewayUrl, (test) => (account ? test.set('authorization', `Bearer ${account.accessToken}`) : test));

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
