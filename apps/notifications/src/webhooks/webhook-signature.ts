import { createHmac } from 'node:crypto';

/** The headers every delivery carries (docs/departments.md, "Webhooks"). */
export const WebhookHeaders = {
  id: 'waystation-webhook-id',
  timestamp: 'waystation-webhook-timestamp',
  signature: 'waystation-webhook-signature',
  event: 'waystation-webhook-event',
} as const;

/**
 * The signature of a delivery sent at `timestamp` (Unix seconds): `v1=` and the hex HMAC-SHA256, keyed with the
 * endpoint's secret, of the timestamp, a dot and the exact body. Signing the timestamp lets a receiver refuse
 * an old delivery replayed by someone who captured it.
 */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
