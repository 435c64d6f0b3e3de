import { Actor } from '@waystation/http-api';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';

/** supertest against the running gateway, as a given caller (development identity headers). */
export function gatewayAs(gatewayUrl: string, actor?: Actor) {
  const identify = (test: request.Test) =>
    actor ? test.set('x-dev-user-id', actor.id).set('x-dev-user-role', actor.role) : test;
  const agent = request(gatewayUrl);
  return {
    get: (path: string) => identify(agent.get(path)),
    post: (path: string) => identify(agent.post(path)),
  };
}

export const newWorker = (): Actor => ({ id: `worker-${uuidv7()}`, role: 'worker' });
export const newStaff = (): Actor => ({ id: `staff-${uuidv7()}`, role: 'community-staff' });
