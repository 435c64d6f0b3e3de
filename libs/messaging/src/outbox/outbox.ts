import { Injectable } from '@nestjs/common';
import { AnyEvent, findEventDefinition } from '@waystation/contracts';
import { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';

/** Records events in the caller's transaction; the relay publishes them once that transaction commits. */
@Injectable()
export class Outbox {
  async add(manager: EntityManager, ...events: AnyEvent[]): Promise<void> {
    if (events.length === 0) return;
    await manager.insert(
      OutboxMessage,
      events.map((event) => {
        const definition = findEventDefinition(event.type, event.version);
        if (!definition) throw new Error(`No contract for ${event.type} v${event.version}`);
        return {
          id: event.id,
          topic: definition.topic,
          messageKey: event.aggregateId,
          eventType: event.type,
          eventVersion: event.version,
          envelope: event,
        };
      }),
    );
  }
}
