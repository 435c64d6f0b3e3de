import type { ActorInput } from '@waystation/contracts';
import type { Server } from 'node:http';
import request from 'supertest';
import { expectProblem } from './expect-problem';
import { testTokenIssuer } from './test-token-issuer';

export interface GuardedRoute {
  method: 'get' | 'post';
  /** A real path of the service that needs a caller, e.g. `/reports`. */
  path: string;
}

/**
 * The specs every service behind the gateway must pass: a request to its port without a valid access token of
 * the gateway is 401 problem+json, whatever identity headers it carries; health and metrics need no token.
 * Call it inside the service's spec, after the service under test was started in its beforeAll.
 */
export function describeCallerVerification(server: () => Server, route: GuardedRoute): void {
  const actor: ActorInput = { id: 'worker-verification', role: 'worker' };
  const send = (headers: Record<string, string>) => {
    const test = request(server())[route.method](route.path).set(headers);
    return route.method === 'post' ? test.send({}) : test;
  };

  describe('caller verification', () => {
    it.each([
      ['no token at all', () => ({})],
      ['forged x-actor-* headers and no token', () => ({ 'x-actor-id': 'admin-1', 'x-actor-role': 'admin', 'x-actor-scopes': '{}' })],
      ['an expired token', () => ({ authorization: `Bearer ${testTokenIssuer.expiredTokenFor(actor)}` })],
      ['a tampered token', () => ({ authorization: `Bearer ${testTokenIssuer.tamperedTokenFor(actor)}` })],
      [
        'a token signed with a key the gateway does not publish',
        () => ({ authorization: `Bearer ${testTokenIssuer.foreignKeyTokenFor(actor)}` }),
      ],
      [
        'a token of another issuer',
        () => ({ authorization: `Bearer ${testTokenIssuer.tokenFor(actor, { issuer: 'https://elsewhere.example' })}` }),
      ],
      ['another authorization scheme', () => ({ authorization: 'Basic YWRtaW46YWRtaW4=' })],
    ])(`refuses ${route.method.toUpperCase()} ${route.path} with %s: 401 problem+json`, async (_case, headers) => {
      expectProblem(await send(headers()), 401, 'invalid-token');
    });

    it.each(['/health/live', '/health/ready', '/metrics'])('answers %s without a token', async (path) => {
      await request(server()).get(path).expect(200);
    });
  });
}
