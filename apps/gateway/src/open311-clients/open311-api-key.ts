import { createHash, randomBytes } from 'node:crypto';

const KEY_BYTES = 32;

/** A new api_key: 32 random bytes, base64url (43 characters). */
export function newOpen311ApiKey(): string {
  return randomBytes(KEY_BYTES).toString('base64url');
}

/**
 * What is stored of a key and looked up by: its SHA-256. A key of 256 random bits cannot be found from its hash,
 * so a fast hash is enough, and lets each request be checked with one indexed lookup.
 */
export function open311ApiKeyHash(apiKey: string): Buffer {
  return createHash('sha256').update(apiKey, 'utf8').digest();
}
