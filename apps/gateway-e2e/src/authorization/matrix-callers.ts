import { decodeJwt, decodeProtectedHeader, importJWK, type JWK, SignJWT } from 'jose';
import { gatewayAs, queryDatabase, signInStaff, signUpWorker, type TestAccount } from '@waystation/testing';
import type { Caller } from './matrix-cells';
import { MATRIX_COMMUNITY, type MatrixStations, OTHER_MATRIX_COMMUNITY } from './matrix-fixtures';

type AccountCaller = Exclude<Caller, 'anonymous' | 'expired-token' | 'tampered-token' | 'revoked-token'>;

/** The matrix's callers: an access token for each (none for anonymous), and fresh accounts for throwaway rows. */
export interface MatrixCallers {
  accounts: Record<AccountCaller, TestAccount>;
  tokenOf(caller: Caller): string | undefined;
  /** A new account of the caller's kind (same role, same scopes), for a row that ends a session or an account. */
  fresh(caller: AccountCaller): Promise<TestAccount>;
}

export async function signInCallers(gatewayUrl: string, stations: MatrixStations): Promise<MatrixCallers> {
  const staffOf: Record<Exclude<AccountCaller, 'owner' | 'other-worker' | 'admin'>, Parameters<typeof signInStaff>[1]> = {
    'station-manager': {
      role: 'station-manager',
      scopes: { stations: [stations.station, stations.lifecycleStation, stations.builtStation] },
    },
    'other-station-manager': { role: 'station-manager', scopes: { stations: [stations.otherStation] } },
    'community-staff': { role: 'community-staff', scopes: { communities: [MATRIX_COMMUNITY] } },
    'other-community-staff': { role: 'community-staff', scopes: { communities: [OTHER_MATRIX_COMMUNITY] } },
    department: { role: 'department', scopes: { department: 'sanitation' } },
  };
  const fresh = (caller: AccountCaller): Promise<TestAccount> => {
    if (caller === 'owner' || caller === 'other-worker') return signUpWorker(gatewayUrl);
    // Another admin, not the bootstrap one: signing out everywhere would end the bootstrap admin's other sessions.
    if (caller === 'admin') return signInStaff(gatewayUrl, { role: 'admin' });
    return signInStaff(gatewayUrl, staffOf[caller]);
  };
  const accounts = {} as Record<AccountCaller, TestAccount>;
  for (const caller of ['owner', 'other-worker', 'admin', ...Object.keys(staffOf)] as AccountCaller[])
    accounts[caller] = await fresh(caller);

  const signedOut = await signUpWorker(gatewayUrl);
  await gatewayAs(gatewayUrl, signedOut).post('/api/v1/auth/sign-out').expect(204);
  const badTokens = {
    'expired-token': await expiredCopyOf(accounts.owner.accessToken),
    'tampered-token': tamperedCopyOf(accounts.owner.accessToken),
    'revoked-token': signedOut.accessToken,
  };
  return {
    accounts,
    fresh,
    tokenOf: (caller) =>
      caller === 'anonymous'
        ? undefined
        : caller in badTokens
          ? badTokens[caller as keyof typeof badTokens]
          : accounts[caller as AccountCaller].accessToken,
  };
}

/**
 * The token's claims, signed again by the gateway's own signing key (read from its database, as a thief of an
 * old token would hold a genuine one) with an expiry ten minutes ago: only its age is wrong.
 */
async function expiredCopyOf(token: string): Promise<string> {
  const [key] = await queryDatabase<{ kid: string; algorithm: string; private_jwk: JWK }>(
    'gateway',
    'SELECT kid, algorithm, private_jwk FROM signing_keys WHERE retired_at IS NULL AND private_jwk IS NOT NULL',
  );
  const { kid } = decodeProtectedHeader(token);
  if (key?.kid !== kid) throw new Error(`The gateway's active signing key is ${key?.kid}, the owner's token was signed by ${kid}`);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...decodeJwt(token), iat: now - 1_200, exp: now - 600 })
    .setProtectedHeader({ alg: key.algorithm, kid })
    .sign(await importJWK(key.private_jwk, key.algorithm));
}

/** The token with its claims promoted to the city office's, its signature left as it was. */
function tamperedCopyOf(token: string): string {
  const [header, , signature] = token.split('.');
  const claims = { ...decodeJwt(token), role: 'admin', scopes: { stations: [], communities: [] } };
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}
