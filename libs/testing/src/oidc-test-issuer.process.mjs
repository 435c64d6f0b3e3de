// A real OpenID Connect provider (the npm package oidc-provider) on 127.0.0.1, for the gateway's OIDC specs.
// oidc-provider ships as ES modules only, which jest's loader cannot require; so it runs as its own process,
// started by oidc-test-issuer.ts. Settings come as JSON in OIDC_TEST_ISSUER (OidcTestIssuerOptions).
import Provider from 'oidc-provider';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

const { clients, accounts, issuer: claimedIssuer } = JSON.parse(process.env.OIDC_TEST_ISSUER);
// A signing key of this instance's own: two test issuers never share oidc-provider's development key.
const signingKey = {
  ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
  kid: randomUUID(),
  use: 'sig',
  alg: 'RS256',
};
const claimNames = [...new Set(Object.values(accounts).flatMap((claims) => Object.keys(claims)))];

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = claimedIssuer ?? `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: clients.map((clientId) => ({
      client_id: clientId,
      client_secret: `${clientId}-secret`,
      redirect_uris: ['http://127.0.0.1/callback'],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    })),
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, ...(accounts[sub] ?? {}) }) }),
    claims: { openid: ['sub'], waystation: claimNames },
    scopes: ['openid', 'waystation'],
    // Every claim of the granted scopes in the ID token itself, as providers configured for Waystation do.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['oidc-test-issuer-cookie-key'] },
    jwks: { keys: [signingKey] },
  });
  server.on('request', provider.callback());
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}`, issuer })}\n`);
});
