import { createHmac, timingSafeEqual } from 'node:crypto';

/** A rotating code as the station's screen shows it (as a QR code). */
export interface RotatingCode {
  code: string;
  /** When the screen should fetch the next code. */
  refreshAt: Date;
  /** The code is still accepted in the window after its own, so a scan just before the change goes through. */
  validUntil: Date;
}

export type CodeCheck = 'valid' | 'expired' | 'forged';

const ROTATING = /^(\d{1,15})\.([A-Za-z0-9_-]{22})$/;
const MAC_BYTES = 16;

/**
 * The check-in codes of every station, derived from one service secret (no per-station key to store or leak):
 * a rotating code is an HMAC over the station and a time window, so a photo of an old one has expired and a
 * made-up one does not verify; the printed code is an HMAC over the station alone.
 */
export class CheckInCodes {
  private readonly windowMs: number;

  constructor(
    private readonly secret: string,
    windowSeconds: number,
  ) {
    this.windowMs = windowSeconds * 1_000;
  }

  rotatingCode(stationId: string, now: Date): RotatingCode {
    const window = this.windowOf(now);
    return {
      code: `${window}.${this.mac(`rotating:${stationId}:${window}`)}`,
      refreshAt: new Date((window + 1) * this.windowMs),
      validUntil: new Date((window + 2) * this.windowMs),
    };
  }

  /** Valid in its own window and the next one; a code for another station, or altered, is forged. */
  checkRotating(stationId: string, code: string, now: Date): CodeCheck {
    const match = ROTATING.exec(code);
    if (!match) return 'forged';
    const window = Number(match[1]);
    if (!this.sameMac(match[2], this.mac(`rotating:${stationId}:${window}`))) return 'forged';
    const current = this.windowOf(now);
    return window === current || window === current - 1 ? 'valid' : 'expired';
  }

  printedCode(stationId: string): string {
    return `P-${this.mac(`printed:${stationId}`)}`;
  }

  checkPrinted(stationId: string, code: string): CodeCheck {
    return this.sameMac(code, this.printedCode(stationId)) ? 'valid' : 'forged';
  }

  private windowOf(now: Date): number {
    return Math.floor(now.getTime() / this.windowMs);
  }

  private mac(message: string): string {
    return createHmac('sha256', this.secret).update(message).digest().subarray(0, MAC_BYTES).toString('base64url');
  }

  private sameMac(given: string, expected: string): boolean {
    const [a, b] = [Buffer.from(given), Buffer.from(expected)];
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
