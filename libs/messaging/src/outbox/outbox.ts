import { Injectable } from '@nestjs/common';
import { AnyEvent, findEventDefinition } from '@waystation/contracts';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
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
          id: topic === definition.topic ? event.id : copyRowId(event.id, topic),
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

/** A UUID (version 8: custom) from the event id and the copy's topic. */
function copyRowId(eventId: string, topic: string): string {
  const hex = createHash('sha256').update(`${eventId}\n${topic}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
