import { randomInt } from 'node:crypto';

/** Letters and digits a person reads out or types without confusing them: no 0/O, 1/I. */
export const REDEMPTION_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const REDEMPTION_CODE_LENGTH = 8;

/** A fresh random code (32⁸ ≈ 10¹² of them); the table's unique index decides that it is unused. */
export function newRedemptionCode(): string {
  return Array.from({ length: REDEMPTION_CODE_LENGTH }, () => REDEMPTION_CODE_ALPHABET[randomInt(REDEMPTION_CODE_ALPHABET.length)]).join(
    '',
  );
}

/** What the worker's QR code holds. */
export function redemptionQrPayload(code: string): string {
  return `waystation:redemption:${code}`;
}
