import { randomBytes } from 'node:crypto';

/** A password for the city office to hand over once: 144 random bits, 24 URL-safe characters. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
