/** The redemption settings the configuration sets (POINTS_REDEMPTION_*). */
export interface RedemptionSettings {
  /** How long a placed redemption waits at the station before it expires and is refunded. */
  collectWithinMs: number;
  /** How often each replica looks for expired redemptions; 0: never. */
  expiryIntervalMs: number;
}

export const REDEMPTION_SETTINGS = Symbol('RedemptionSettings');
