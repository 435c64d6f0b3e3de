import { accessTokenClaimsSchema, ActorScopes, actorFromClaims, DEVELOPMENT_ADMIN, StaffRole } from '@waystation/contracts';
import { createdStaffViewSchema, tokenPairSchema } from '@waystation/http-api';
import { decodeJwt } from 'jose';
import type { Server } from 'node:http';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import type { TestAccount } from './test-account';

type Target = string | Server;

/** Signs in with a staff username and password at `POST /api/v1/auth/staff/sign-in`. */
export async function signInWithPassword(gateway: Target, username: string, password: string): Promise<TestAccount> {
  const response = await request(gateway).post('/api/v1/auth/staff/sign-in').send({ username, password });
  if (response.status !== 200)
    throw new Error(`staff sign-in of ${username} answered ${response.status}: ${JSON.stringify(response.body)}`);
  const pair = tokenPairSchema.parse(response.body);
  return {
    // The actor the services will see: the access token's claims.
    actor: actorFromClaims(accessTokenClaimsSchema.parse(decodeJwt(pair.accessToken))),
    accessToken: pair.accessToken,
    refreshToken: pair.refreshToken,
  };
}

/** The bootstrap city-office admin that every gateway on its development defaults creates. */
export const signInAdmin = (gateway: Target): Promise<TestAccount> =>
  signInWithPassword(gateway, DEVELOPMENT_ADMIN.username, DEVELOPMENT_ADMIN.password);

/** A new staff account of `role` with `scopes`, created by the admin through the admin API, signed in with its password. */
export async function signInStaff(
  gateway: Target,
  { role, scopes }: { role: StaffRole; scopes?: Partial<ActorScopes> },
): Promise<TestAccount> {
  const admin = await signInAdmin(gateway);
  const username = `${role}-${uuidv7()}`;
  const password = `pw-${uuidv7()}`;
  const response = await request(gateway)
    .post('/api/v1/staff')
    .set('Authorization', `Bearer ${admin.accessToken}`)
    .send({ username, password, displayName: `Test ${role}`, role, scopes: { stations: [], communities: [], ...scopes } });
  if (response.status !== 201) throw new Error(`creating a ${role} answered ${response.status}: ${JSON.stringify(response.body)}`);
  createdStaffViewSchema.parse(response.body);
  return signInWithPassword(gateway, username, password);
}
