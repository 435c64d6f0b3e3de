import { KafkaMessage } from 'kafkajs';
import { DecodedMessage } from './message-decoder';
import { ConsumedMessage } from './plain-message';

/** Consecutive events for one batch handler (or one event for a plain one), with their messages. */
export interface EventRun<H> {
  kind: 'run';
  /** The first event's type. */
  type: string;
  handler: H;
  events: ConsumedMessage[];
  messages: KafkaMessage[];
}

/** What a partition's batch is handled in, in order: runs of events, and messages that are not for a handler. */
export type Unit<H> = EventRun<H> | (Exclude<DecodedMessage<H>, { kind: 'event' }> & { messages: KafkaMessage[] });

/**
 * Which run an event of `type` for `handler` may join: consecutive events with the same key make one run.
 * Undefined for a plain handler, whose events are units of their own.
 */
export type RunKeyOf<H> = (handler: H, type: string) => string | undefined;

/**
 * Groups a partition's decoded messages into the units they are handled in: consecutive events with one run key
 * (for a batch handler: its type, or the types it takes together) make one run; every other message is a unit of
 * its own.
 */
export function planUnits<H>(decoded: { message: KafkaMessage; decoded: DecodedMessage<H> }[], runKeyOf: RunKeyOf<H>): Unit<H>[] {
  const units: Unit<H>[] = [];
  let lastKey: string | undefined;
  for (const { message, decoded: item } of decoded) {
    const last = units.at(-1);
    if (item.kind !== 'event') {
      units.push({ ...item, messages: [message] });
      lastKey = undefined;
      continue;
    }
    const key = runKeyOf(item.handler, item.event.type);
    if (key !== undefined && key === lastKey && last?.kind === 'run') {
      last.events.push(item.event);
      last.messages.push(message);
    } else {
      units.push({ kind: 'run', type: item.event.type, handler: item.handler, events: [item.event], messages: [message] });
    }
    lastKey = key;
  }
  return units;
}
