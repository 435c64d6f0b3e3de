import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { messagingMetrics } from '../metrics/messaging-metrics';
import { MESSAGING_OPTIONS, MessagingOptions, RetentionOptions } from '../messaging-options';

const DAY_MS = 24 * 3_600_000;
const DELETE_BATCH = 5_000;
/** The first purge after a start: soon, so replicas that are redeployed often still purge, but not all at once. */
const FIRST_PURGE_MS = { min: 30_000, max: 120_000 };

export const DEFAULT_RETENTION: RetentionOptions = { outboxDays: 7, inboxDays: 30, intervalMs: 3_600_000 };

export interface PurgeResult {
  outbox: number;
  inbox: number;
}

/**
 * Keeps the outbox and inbox from growing forever. Published outbox rows are only history once Kafka has them;
 * inbox rows must outlive any redelivery, so they are kept well past the topics' retention (7 days): an event
 * can no longer be delivered again once its topic has dropped it.
 *
 * Both tables are keyed by event ids, which are UUID v7 and so sort by the time they were minted: "older than
 * the cutoff" is a range of the primary key, with no index of its own to maintain on every insert. Every replica
 * purges on its own timer, in small batches that skip the rows another replica is deleting.
 */
@Injectable()
export class MessagingRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MessagingRetention.name);
  private readonly retention: RetentionOptions;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
  ) {
    this.retention = { ...DEFAULT_RETENTION, ...options.retention };
  }

  onApplicationBootstrap(): void {
    const jitter = FIRST_PURGE_MS.min + Math.random() * (FIRST_PURGE_MS.max - FIRST_PURGE_MS.min);
    this.schedule(Math.min(this.retention.intervalMs, jitter));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Deletes published outbox rows and inbox rows older than their retention; resolves to how many of each. */
  async purge(now = new Date()): Promise<PurgeResult> {
    const outbox = await this.deleteInBatches(
      `WITH batch AS MATERIALIZED (
         SELECT id FROM outbox_messages WHERE id < $1 AND published_at IS NOT NULL LIMIT ${DELETE_BATCH} FOR UPDATE SKIP LOCKED)
       DELETE FROM outbox_messages USING batch WHERE outbox_messages.id = batch.id`,
      firstUuidV7At(new Date(now.getTime() - this.retention.outboxDays * DAY_MS)),
    );
    const inbox = await this.deleteInBatches(
      `WITH batch AS MATERIALIZED (
         SELECT consumer_group, event_id FROM inbox_messages WHERE event_id < $1 LIMIT ${DELETE_BATCH} FOR UPDATE SKIP LOCKED)
       DELETE FROM inbox_messages USING batch
        WHERE inbox_messages.consumer_group = batch.consumer_group AND inbox_messages.event_id = batch.event_id`,
      firstUuidV7At(new Date(now.getTime() - this.retention.inboxDays * DAY_MS)),
    );
    messagingMetrics.rowsPurged.inc({ table: 'outbox_messages' }, outbox);
    messagingMetrics.rowsPurged.inc({ table: 'inbox_messages' }, inbox);
    return { outbox, inbox };
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.running = this.purge()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'purging old outbox and inbox rows failed; next try in an interval'))
        .finally(() => {
          this.running = undefined;
          if (!this.stopping) this.schedule(this.retention.intervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }

  /** Short transactions, so the purge never holds many locks or a long snapshot; a stopping app ends it early. */
  private async deleteInBatches(sql: string, before: string): Promise<number> {
    let total = 0;
    while (!this.stopping) {
      const [, deleted] = (await this.dataSource.query(sql, [before])) as [unknown, number];
      total += deleted;
      if (deleted < DELETE_BATCH) break;
    }
    return total;
  }
}

/** The smallest UUID v7 minted at `time`: every id minted earlier sorts below it (uuids compare byte by byte). */
export function firstUuidV7At(time: Date): string {
  const millis = time.getTime().toString(16).padStart(12, '0');
  return `${millis.slice(0, 8)}-${millis.slice(8, 12)}-7000-8000-000000000000`;
}
