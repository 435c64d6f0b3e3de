import { AnyEvent, eventEnvelopeSchema, EventValidationError, ownerOfTopic, parseEvent } from '@waystation/contracts';
import { DeadLetterReason } from './dead-letter-publisher';
import { ConsumedMessage } from './plain-message';

export type DecodedMessage<H, E extends ConsumedMessage = ConsumedMessage> =
  | { kind: 'event'; event: E; handler: H }
  | { kind: 'skipped'; type: string }
  | { kind: 'rejected'; reason: DeadLetterReason; error: string };

/**
 * Parses a message, validates it against its contract and finds its handler. An envelope on a domain topic
 * must name the topic's owner as its producer: the broker's ACLs let only the owner write there, so any other
 * producer is a forgery or a misrouted event, never to be applied.
 */
export function decodeMessage<H>(
  topic: string,
  value: Buffer | null,
  handlerFor: (type: string) => H | undefined,
): DecodedMessage<H, AnyEvent> {
  let raw: unknown;
  try {
    raw = JSON.parse(value?.toString('utf8') ?? '');
  } catch (error) {
    return { kind: 'rejected', reason: 'malformed-json', error: (error as Error).message };
  }
  const envelope = eventEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return { kind: 'rejected', reason: 'invalid-envelope', error: EventValidationError.fromZodError(envelope.error).message };
  }
  const owner = ownerOfTopic(topic);
  if (owner !== undefined && envelope.data.producer !== owner) {
    return {
      kind: 'rejected',
      reason: 'forged-producer',
      error: `${topic} is written by ${owner} only, not by "${envelope.data.producer}"`,
    };
  }
  const handler = handlerFor(envelope.data.type);
  if (handler === undefined) return { kind: 'skipped', type: envelope.data.type };
  try {
    return { kind: 'event', event: parseEvent(raw), handler };
  } catch (error) {
    return { kind: 'rejected', reason: 'invalid-event', error: (error as Error).message };
  }
}
