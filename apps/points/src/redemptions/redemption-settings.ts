/** The redemption settings the configuration sets (POINTS_REDEMPTION_*, POINTS_TIME_ZONE). */
export interface RedemptionSettings {
  /** How long a placed redemption waits at the station before it expires and is refunded. */
  collectWithinMs: number;
  /** How often each replica looks for expired redemptions; 0: never. */
  expiryIntervalMs: number;
  /** The city's: per-worker limits count its calendar days, weeks, months and years. */
  timeZone: string;
}

export const REDEMPTION_SETTINGS = Symbol('RedemptionSettings');
