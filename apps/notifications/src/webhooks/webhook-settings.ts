/** The webhook settings the configuration sets (NOTIFICATIONS_WEBHOOK_*). */
export interface WebhookSettings {
  /** 0: the delivery job does not run on this replica. */
  intervalMs: number;
  /** One attempt's limit, connecting to the last byte. */
  timeoutMs: number;
  /** Development and tests: plain http to loopback endpoints. */
  allowLoopback: boolean;
  /** What the endpoints' secrets are sealed under in the database (WebhookSecretCipher). */
  secretKey: string;
}

export const WEBHOOK_SETTINGS = Symbol('WebhookSettings');
