import { ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const REDIRECT_URI = 'http://127.0.0.1/callback';

export interface OidcTestIssuerOptions {
  /** The client ids registered at the provider (each with the secret `<id>-secret`). */
  clients: string[];
  /** The people who can sign in, by subject, with the claims the provider puts in their ID tokens. */
  accounts: Record<string, Record<string, unknown>>;
  /** The issuer it names itself (in discovery and its tokens); its own URL when absent. Another's: an impostor. */
  issuer?: string;
}

export interface OidcTestIssuer {
  /** The issuer its tokens name. */
  issuer: string;
  /** Where it listens. */
  url: string;
  /** A real ID token for `subject`, got through the provider's authorization code flow as `clientId`. */
  idTokenFor(subject: string, options: { clientId: string; nonce?: string }): Promise<string>;
  stop(): Promise<void>;
}

/** Starts a real OpenID Connect provider (oidc-provider) on 127.0.0.1, as a process of its own; stop it in afterAll. */
export async function startOidcTestIssuer(options: OidcTestIssuerOptions): Promise<OidcTestIssuer> {
  const child = spawn(process.execPath, [join(__dirname, 'oidc-test-issuer.process.mjs')], {
    env: { ...process.env, OIDC_TEST_ISSUER: JSON.stringify(options) },
    // Its warnings (development keys, adapter, interactions) are the point here; they are shown only on a crash.
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const [line] = (await Promise.race([once(createInterface({ input: child.stdout }), 'line'), exitOf(child, () => errors)])) as [string];
  const { issuer, url } = JSON.parse(line) as { issuer: string; url: string };
  return {
    issuer,
    url,
    idTokenFor: (subject, { clientId, nonce }) => authorizationCodeFlow(url, subject, clientId, nonce),
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill();
      await once(child, 'exit');
    },
  };
}

async function exitOf(child: ChildProcess, errors: () => string): Promise<never> {
  const [code] = await once(child, 'exit');
  throw new Error(`the OIDC test issuer exited with ${code} before it was ready: ${errors()}`);
}

/** Signs `subject` in through the provider's development login and consent pages, then redeems the code. */
async function authorizationCodeFlow(url: string, subject: string, clientId: string, nonce?: string): Promise<string> {
  const cookies = new Map<string, string>();
  const verifier = randomBytes(32).toString('base64url');
  const authorize = new URL('/auth', url);
  authorize.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    scope: 'openid waystation',
    redirect_uri: REDIRECT_URI,
    state: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...(nonce ? { nonce } : {}),
  }).toString();
  let location = await redirectOf(cookies, authorize.href);
  for (const prompt of ['login', 'consent']) {
    const body = new URLSearchParams({ prompt, ...(prompt === 'login' ? { login: subject } : {}) });
    location = await redirectOf(cookies, await redirectOf(cookies, new URL(location, url).href, body));
  }
  const code = new URL(location).searchParams.get('code');
  if (!code) throw new Error(`the OIDC test issuer did not redirect with a code: ${location}`);
  const token = await fetch(new URL('/token', url), {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: clientId,
      client_secret: `${clientId}-secret`,
      code_verifier: verifier,
    }),
  });
  const tokens = (await token.json()) as { id_token?: string };
  if (!tokens.id_token) throw new Error(`the OIDC test issuer gave no ID token: ${JSON.stringify(tokens)}`);
  return tokens.id_token;
}

/** One step of the flow: the request (a form post when `form` is given), its cookies kept, its redirect returned. */
async function redirectOf(cookies: Map<string, string>, url: string, form?: URLSearchParams): Promise<string> {
  const target = new URL(url);
  const response = await fetch(target, {
    method: form ? 'POST' : 'GET',
    body: form,
    redirect: 'manual',
    headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
  });
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    const separator = pair.indexOf('=');
    cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
  }
  const location = response.headers.get('location');
  if (!location) throw new Error(`${form ? 'POST' : 'GET'} ${target.pathname} answered ${response.status} without a redirect`);
  const next = new URL(location, target);
  // An impostor's own links name the issuer it claims to be: its pages are still where it listens.
  if (!next.href.startsWith(REDIRECT_URI)) next.host = target.host;
  return next.href;
}
