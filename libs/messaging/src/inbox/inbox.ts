import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { messagingMetrics } from '../metrics/messaging-metrics';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging-options';

export type InboxOutcome = 'processed' | 'duplicate';

/**
 * Exactly-once effect for at-least-once delivery: the event id is recorded in the same transaction as the
 * effect, so a redelivered event finds its row and does nothing. A concurrent second delivery waits on the
 * primary key until the first commits, then sees the duplicate.
 */
@Injectable()
export class Inbox {
  private readonly consumerGroup: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
  ) {
    if (!options.consumer) throw new Error('Inbox needs messaging options with a consumer group');
    this.consumerGroup = options.consumer.groupId;
  }

  async processOnce(
    event: { id: string; type: string },
    effect: (manager: EntityManager) => Promise<void>,
  ): Promise<InboxOutcome> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<InboxOutcome> => {
      const claimed: unknown[] = await manager.query(
        `INSERT INTO inbox_messages (consumer_group, event_id, event_type) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.consumerGroup, event.id, event.type],
      );
      if (claimed.length === 0) return 'duplicate';
      await effect(manager);
      return 'processed';
    });
    messagingMetrics.eventsConsumed.inc({ type: event.type, outcome: outcome });
    return outcome;
  }
}
