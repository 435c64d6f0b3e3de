/** The check-in rules the configuration sets (STATIONS_CHECK_IN_* in the README). */
export interface CheckInSettings {
  secret: string;
  codeWindowSeconds: number;
  radiusMeters: number;
  timeLimitMinutes: number;
  autoCheckOutIntervalMs: number;
  timeZone: string;
}

export const CHECK_IN_SETTINGS = Symbol('CheckInSettings');
