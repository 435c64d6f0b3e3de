import { Injectable } from '@nestjs/common';
import { AnyEvent, findEventDefinition } from '@waystation/contracts';
import { EntityManager } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import { OutboxMessage } from './outbox-message.entity';

/** Records events in the caller's transaction; the relay publishes them once that transaction commits. */
@Injectable()
export class Outbox {
  async add(manager: EntityManager, ...events: AnyEvent[]): Promise<void> {
    await this.insert(manager, events, (definitionTopic) => definitionTopic);
  }

  /**
   * Records each event a second time for `topic`, another topic than its contract's (a department's feed). The
   * envelope, and so the event id consumers dedupe on, stays the same; the row's own id is derived from the event
   * id and the topic, so one event has at most one row per topic.
   */
  async addCopies(manager: EntityManager, topic: string, ...events: AnyEvent[]): Promise<void> {
    await this.insert(manager, events, () => topic);
  }

  private async insert(manager: EntityManager, events: AnyEvent[], topicOf: (definitionTopic: string) => string): Promise<void> {
    if (events.length === 0) return;
    await manager.insert(
      OutboxMessage,
      events.map((event) => {
        const definition = findEventDefinition(event.type, event.version);
        if (!definition) throw new Error(`No contract for ${event.type} v${event.version}`);
        const topic = topicOf(definition.topic);
        return {
          // A copy's row id is the name-based UUID of its topic under the event's id: the same copy, the same row.
          id: topic === definition.topic ? event.id : uuidv5(topic, event.id),
          topic,
          messageKey: event.aggregateId,
          eventType: event.type,
          eventVersion: event.version,
          envelope: event,
        };
      }),
    );
  }
}
