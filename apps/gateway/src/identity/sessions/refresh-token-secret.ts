import { createHash, randomBytes } from 'node:crypto';

/** 256 bits from the operating system's CSPRNG, URL-safe: unguessable, so a fast hash is enough to store it. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a refresh token: a leaked table gives nobody a usable token. */
export function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
