/** The webhook settings the configuration sets (NOTIFICATIONS_WEBHOOK_*). */
export interface WebhookSettings {
  /** 0: the delivery job does not run on this replica. */
  intervalMs: number;
  /** One attempt's limit, connecting to the last byte. */
  timeoutMs: number;
  /** Development and tests: plain http to loopback endpoints. */
  allowLoopback: boolean;
}

export const WEBHOOK_SETTINGS = Symbol('WebhookSettings');
