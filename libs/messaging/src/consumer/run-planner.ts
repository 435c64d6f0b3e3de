import { AnyEvent } from '@waystation/contracts';
import { KafkaMessage } from 'kafkajs';
import { DecodedMessage } from './message-decoder';

/** Consecutive events of one type from a partition, with their messages, on their way to one handler. */
export interface EventRun<H> {
  kind: 'run';
  type: string;
  handler: H;
  events: AnyEvent[];
  messages: KafkaMessage[];
}

/** What a partition's batch is handled in, in order: runs of events, and messages that are not for a handler. */
export type Unit<H> = EventRun<H> | (Exclude<DecodedMessage<H>, { kind: 'event' }> & { messages: KafkaMessage[] });

/**
 * Groups a partition's decoded messages into the units they are handled in: consecutive events of one type for
 * a batch handler make one run; every other message is a unit of its own.
 */
export function planUnits<H>(
  decoded: { message: KafkaMessage; decoded: DecodedMessage<H> }[],
  isBatchHandler: (handler: H) => boolean,
): Unit<H>[] {
  const units: Unit<H>[] = [];
  for (const { message, decoded: item } of decoded) {
    const last = units.at(-1);
    if (item.kind === 'event' && last?.kind === 'run' && isBatchHandler(last.handler) && last.type === item.event.type) {
      last.events.push(item.event);
      last.messages.push(message);
    } else if (item.kind === 'event') {
      units.push({ kind: 'run', type: item.event.type, handler: item.handler, events: [item.event], messages: [message] });
    } else {
      units.push({ ...item, messages: [message] });
    }
  }
  return units;
}
