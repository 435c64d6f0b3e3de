import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { messagingMetrics } from '../metrics/messaging-metrics';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging-options';

export type InboxOutcome = 'processed' | 'duplicate';

interface InboxEvent {
  id: string;
  type: string;
}

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

  async processOnce(event: InboxEvent, effect: (manager: EntityManager) => Promise<void>): Promise<InboxOutcome> {
    const [processed] = await this.processBatchOnce([event], (manager) => effect(manager));
    return processed ? 'processed' : 'duplicate';
  }

  /**
   * Applies `effect` to the events of the batch not seen before (a repeated id within the batch counts once),
   * in one transaction with their inbox rows. Resolves to the events it processed.
   */
  async processBatchOnce<E extends InboxEvent>(events: E[], effect: (manager: EntityManager, fresh: E[]) => Promise<void>): Promise<E[]> {
    // PostgreSQL returns uuids in lower case; an id may arrive in upper case and must still match its row.
    const idOf = (event: E) => event.id.toLowerCase();
    const distinct = [...new Map(events.map((event) => [idOf(event), event])).values()];
    const fresh = await this.dataSource.transaction(async (manager): Promise<E[]> => {
      const claimed: { event_id: string }[] = await manager.query(
        `INSERT INTO inbox_messages (consumer_group, event_id, event_type)
         SELECT $1, * FROM unnest($2::uuid[], $3::text[])
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.consumerGroup, distinct.map(idOf), distinct.map((event) => event.type)],
      );
      const claimedIds = new Set(claimed.map((row) => row.event_id));
      const unseen = distinct.filter((event) => claimedIds.has(idOf(event)));
      if (unseen.length > 0) await effect(manager, unseen);
      return unseen;
    });
    const freshIds = new Set(fresh.map(idOf));
    for (const event of events) {
      messagingMetrics.eventsConsumed.inc({ type: event.type, outcome: freshIds.delete(idOf(event)) ? 'processed' : 'duplicate' });
    }
    return fresh;
  }
}
