import { Actor } from '@waystation/contracts';
import { ACTOR_ID_HEADER, ACTOR_ROLE_HEADER } from '@waystation/http-api';
import type { Server } from 'node:http';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';

type Target = string | Server;

/** supertest against `target` as `actor`, named by the given identity headers. */
function requestAs(target: Target, actor: Actor | undefined, idHeader: string, roleHeader: string) {
  const identify = (test: request.Test) => (actor ? test.set(idHeader, actor.id).set(roleHeader, actor.role) : test);
  const agent = request(target);
  return {
    get: (path: string) => identify(agent.get(path)),
    post: (path: string) => identify(agent.post(path)),
  };
}

/** The public API through the running gateway, as a given caller (development identity headers). */
export const gatewayAs = (gatewayUrl: string, actor?: Actor) => requestAs(gatewayUrl, actor, 'x-dev-user-id', 'x-dev-user-role');

/** A service's internal API, as the gateway calls it on behalf of `actor`. */
export const serviceAs = (server: Target, actor?: Actor) => requestAs(server, actor, ACTOR_ID_HEADER, ACTOR_ROLE_HEADER);

export const newWorker = (): Actor => ({ id: `worker-${uuidv7()}`, role: 'worker' });
export const newStaff = (): Actor => ({ id: `staff-${uuidv7()}`, role: 'community-staff' });
