/** When points expire and their workers are warned (POINTS_EXPIRE_AFTER_MONTHS, POINTS_EXPIRY_*). */
export interface ExpirySettings {
  expireAfterMonths: number;
  warningDays: number;
  intervalMs: number;
}

export const EXPIRY_SETTINGS = Symbol('ExpirySettings');
