import { Actor, ActorInput, actorSchema } from '@waystation/contracts';
import { ACTOR_ID_HEADER, ACTOR_ROLE_HEADER, ACTOR_SCOPES_HEADER } from '@waystation/http-api';
import type { Server } from 'node:http';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';

type Target = string | Server;

/** supertest against `target` as `actor`, named by the given identity headers. */
function requestAs(target: Target, input: ActorInput | undefined, headers: { id: string; role: string; scopes: string }) {
  // Not parsed: a test may name a caller the service must refuse.
  const identify = (test: request.Test) =>
    input
      ? test
          .set(headers.id, input.id)
          .set(headers.role, input.role)
          .set(headers.scopes, JSON.stringify(input.scopes ?? {}))
      : test;
  const agent = request(target);
  return {
    get: (path: string) => identify(agent.get(path)),
    post: (path: string) => identify(agent.post(path)),
    patch: (path: string) => identify(agent.patch(path)),
  };
}

/** The public API through the running gateway, as a given caller (development identity headers). */
export const gatewayAs = (gatewayUrl: string, actor?: ActorInput) =>
  requestAs(gatewayUrl, actor, { id: 'x-dev-user-id', role: 'x-dev-user-role', scopes: 'x-dev-user-scopes' });

/** A service's internal API, as the gateway calls it on behalf of `actor`. */
export const serviceAs = (server: Target, actor?: ActorInput) =>
  requestAs(server, actor, { id: ACTOR_ID_HEADER, role: ACTOR_ROLE_HEADER, scopes: ACTOR_SCOPES_HEADER });

export const newWorker = (): Actor => actorSchema.parse({ id: `worker-${uuidv7()}`, role: 'worker' });
export const newStaff = (): Actor => actorSchema.parse({ id: `staff-${uuidv7()}`, role: 'community-staff' });
