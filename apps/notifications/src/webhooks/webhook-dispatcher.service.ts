import { Inject, Injectable } from '@nestjs/common';
import { WebhookDeliveryStatus } from '@waystation/contracts';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { nextAttemptAt } from './webhook-retry-schedule';
import { WebhookSecretCipher } from './webhook-secret-cipher';
import { WEBHOOK_SETTINGS, WebhookSettings } from './webhook-settings';
import { AttemptOutcome, WebhookSender } from './webhook-sender.service';
import { WebhookHeaders, webhookSignature } from './webhook-signature';

/** The most deliveries one run claims: they are sent at once. */
const BATCH = 50;
/** A claimed delivery is left alone this long beyond the attempt's limit; a replica that died meanwhile loses it. */
const CLAIM_MARGIN_MS = 30_000;
const UNREADABLE_SECRET = "The endpoint's secret was sealed under another NOTIFICATIONS_WEBHOOK_SECRET_KEY; rotate it";

interface ClaimedDelivery {
  id: string;
  event_type: string;
  body: string;
  attempts_in_round: number;
  give_up_at: Date;
  url: string;
  sealed_secret: string;
}

/**
 * Sends the deliveries that are due. Safe on several replicas at once: a run claims its deliveries with
 * `FOR UPDATE SKIP LOCKED` and moves their next attempt past the attempt's limit before sending, so no other run
 * takes them meanwhile, and no lock is held while the endpoints answer. A replica that dies mid-attempt leaves the
 * claim to lapse, and the delivery is sent again (receivers dedupe on Waystation-Webhook-Id).
 */
@Injectable()
export class WebhookDispatcher {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sender: WebhookSender,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    private readonly cipher: WebhookSecretCipher,
  ) {}

  /** Sends every delivery due at `now` (the clock: the tests move it on) once; resolves to how many it tried. */
  async sendDue(now: Date): Promise<number> {
    const claimed = await this.claim(now);
    await Promise.all(claimed.map(async (delivery) => this.record(delivery, now, await this.attempt(delivery, now))));
    return claimed.length;
  }

  private async claim(now: Date): Promise<ClaimedDelivery[]> {
    const [rows]: [ClaimedDelivery[], number] = await this.dataSource.query(
      `UPDATE webhook_deliveries d SET next_attempt_at = $2
       FROM webhook_endpoints e
       WHERE e.id = d.endpoint_id AND d.id IN (
         SELECT due.id FROM webhook_deliveries due JOIN webhook_endpoints endpoint ON endpoint.id = due.endpoint_id
         WHERE due.status = 'pending' AND due.next_attempt_at <= $1 AND endpoint.active
         ORDER BY due.next_attempt_at LIMIT $3
         FOR UPDATE OF due SKIP LOCKED)
       RETURNING d.id, d.event_type, d.body, d.attempts_in_round, d.give_up_at, e.url, e.sealed_secret`,
      [now, new Date(now.getTime() + this.settings.timeoutMs + CLAIM_MARGIN_MS), BATCH],
    );
    return rows;
  }

  private async attempt(delivery: ClaimedDelivery, now: Date): Promise<AttemptOutcome> {
    const timestamp = Math.floor(now.getTime() / 1000);
    let secret: string;
    try {
      secret = this.cipher.open(delivery.sealed_secret);
    } catch {
      // Sealed under another key: a failed attempt the delivery log explains, until the endpoint's secret is rotated.
      return { statusCode: null, error: UNREADABLE_SECRET, durationMs: 0 };
    }
    return this.sender.post(
      delivery.url,
      {
        [WebhookHeaders.id]: delivery.id,
        [WebhookHeaders.event]: delivery.event_type,
        [WebhookHeaders.timestamp]: String(timestamp),
        [WebhookHeaders.signature]: webhookSignature(secret, timestamp, delivery.body),
      },
      delivery.body,
    );
  }

  /** Logs the attempt and moves the delivery on, in one statement: nothing is logged for a delivery removed meanwhile. */
  private async record(delivery: ClaimedDelivery, at: Date, outcome: AttemptOutcome): Promise<void> {
    const delivered = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
    const attempts = delivery.attempts_in_round + 1;
    const next = delivered ? null : nextAttemptAt(attempts, at, delivery.give_up_at);
    const status: WebhookDeliveryStatus = delivered ? 'delivered' : next ? 'pending' : 'dead-lettered';
    await this.dataSource.query(
      `WITH moved AS (
         UPDATE webhook_deliveries SET status = $2, next_attempt_at = $3, attempts_in_round = $4 WHERE id = $1 RETURNING id)
       INSERT INTO webhook_attempts (id, delivery_id, attempted_at, status_code, error, duration_ms)
       SELECT $5, id, $6, $7, $8, $9 FROM moved`,
      [delivery.id, status, next, attempts, uuidv7(), at, outcome.statusCode, outcome.error, outcome.durationMs],
    );
  }
}
