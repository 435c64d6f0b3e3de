import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/** Six digits from a cryptographic source, leading zeros kept. */
export function newOneTimeCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * What is stored of a code: an HMAC keyed with the server's secret and bound to the number, so a copy of the
 * table neither gives a code away (a million codes are quick to try against a plain hash) nor fits another number.
 */
export function hashOneTimeCode(secret: string, phone: string, code: string): Buffer {
  return createHmac('sha256', secret).update(`${phone}\n${code}`).digest();
}

export function oneTimeCodeMatches(secret: string, phone: string, code: string, storedHash: Buffer): boolean {
  const hash = hashOneTimeCode(secret, phone, code);
  return hash.length === storedHash.length && timingSafeEqual(hash, storedHash);
}
