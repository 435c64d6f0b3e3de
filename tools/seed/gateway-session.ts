import { TokenPair, tokenPairSchema, WorkerSignUpProfile } from '@waystation/http-api';
import { readFile } from 'node:fs/promises';

/** A signed-in caller of the public API: every call sends its access token. */
export class GatewaySession {
  constructor(
    private readonly gatewayUrl: string,
    readonly accessToken?: string,
  ) {}

  async call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    return answerOf<T>(method, path, await this.send(method, path, body));
  }

  /** POSTs raw bytes (a photo) as the body, in `contentType`. */
  async upload<T = unknown>(path: string, bytes: Buffer, contentType: string): Promise<T> {
    const response = await fetch(`${this.gatewayUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...this.authorization() },
      body: bytes,
    });
    return answerOf<T>('POST', path, response);
  }

  /** The raw answer, for callers that treat some failures (e.g. 409) as expected. */
  send(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.gatewayUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...this.authorization(),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  private authorization(): Record<string, string> {
    return this.accessToken ? { authorization: `Bearer ${this.accessToken}` } : {};
  }
}

async function answerOf<T>(method: string, path: string, response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Signs a staff account in with its password (`POST /api/v1/auth/staff/sign-in`). */
export async function signInWithPassword(gatewayUrl: string, username: string, password: string): Promise<GatewaySession> {
  const pair = await signIn(gatewayUrl, '/api/v1/auth/staff/sign-in', { username, password });
  return new GatewaySession(gatewayUrl, pair.accessToken);
}

/**
 * Signs a worker in by phone: asks for a code, reads it from the development SMS provider's outbox file
 * (`GATEWAY_SMS_DEV_OUTBOX`), signs in, signing up with `profile` when the number is new.
 */
export async function signInByPhone(
  gatewayUrl: string,
  { phone, profile, smsOutbox }: { phone: string; profile: WorkerSignUpProfile; smsOutbox: string },
): Promise<GatewaySession> {
  await new GatewaySession(gatewayUrl).call('POST', '/api/v1/auth/phone/code', { phone });
  const code = await lastSmsCode(smsOutbox, phone);
  const pair = await signIn(gatewayUrl, '/api/v1/auth/phone/sign-in', { phone, code, profile });
  return new GatewaySession(gatewayUrl, pair.accessToken);
}

async function signIn(gatewayUrl: string, path: string, body: unknown): Promise<TokenPair> {
  return tokenPairSchema.parse(await new GatewaySession(gatewayUrl).call('POST', path, body));
}

/** The last code the development SMS provider wrote for `phone`: one JSON line {phone, code, sentAt} per code. */
async function lastSmsCode(smsOutbox: string, phone: string): Promise<string> {
  const lines = (await readFile(smsOutbox, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  const code = lines
    .map((line) => JSON.parse(line) as { phone: string; code: string })
    .filter((message) => message.phone === phone)
    .at(-1)?.code;
  if (code === undefined) throw new Error(`No SMS code for ${phone} in ${smsOutbox}`);
  return code;
}
