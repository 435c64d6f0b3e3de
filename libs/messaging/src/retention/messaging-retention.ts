import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { messagingMetrics } from '../metrics/messaging-metrics';
import { MESSAGING_OPTIONS, MessagingOptions, RetentionOptions } from '../messaging-options';

const DAY_MS = 24 * 3_600_000;
const DELETE_BATCH = 5_000;

export const DEFAULT_RETENTION: RetentionOptions = { outboxDays: 7, inboxDays: 30, intervalMs: 3_600_000 };

export interface PurgeResult {
  outbox: number;
  inbox: number;
}

/**
 * Keeps the outbox and inbox from growing forever. Published outbox rows are only history once Kafka has them;
 * inbox rows must outlive any redelivery, so they are kept well past the topics' retention (7 days by default):
 * an event can no longer be delivered again once its topic has dropped it.
 *
 * Every replica purges on its own timer; deletes go in small batches that skip rows another replica is deleting.
 */
@Injectable()
export class MessagingRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MessagingRetention.name);
  private readonly retention: RetentionOptions;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
  ) {
    this.retention = { ...DEFAULT_RETENTION, ...options.retention };
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.purge()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'purging old outbox and inbox rows failed; next try in an interval'))
        .finally(() => (this.running = undefined));
    }, this.retention.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Deletes published outbox rows and inbox rows older than their retention; resolves to how many of each. */
  async purge(now = new Date()): Promise<PurgeResult> {
    const outbox = await this.deleteInBatches(
      `DELETE FROM outbox_messages WHERE id IN (
         SELECT id FROM outbox_messages WHERE created_at < $1 AND published_at IS NOT NULL LIMIT ${DELETE_BATCH} FOR UPDATE SKIP LOCKED)`,
      new Date(now.getTime() - this.retention.outboxDays * DAY_MS),
    );
    const inbox = await this.deleteInBatches(
      `DELETE FROM inbox_messages WHERE (consumer_group, event_id) IN (
         SELECT consumer_group, event_id FROM inbox_messages WHERE processed_at < $1 LIMIT ${DELETE_BATCH} FOR UPDATE SKIP LOCKED)`,
      new Date(now.getTime() - this.retention.inboxDays * DAY_MS),
    );
    messagingMetrics.rowsPurged.inc({ table: 'outbox_messages' }, outbox);
    messagingMetrics.rowsPurged.inc({ table: 'inbox_messages' }, inbox);
    return { outbox, inbox };
  }

  /** Short transactions, so the purge never holds many locks or a long snapshot. */
  private async deleteInBatches(sql: string, olderThan: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const [, deleted] = (await this.dataSource.query(sql, [olderThan])) as [unknown, number];
      total += deleted;
      if (deleted < DELETE_BATCH) return total;
    }
  }
}
