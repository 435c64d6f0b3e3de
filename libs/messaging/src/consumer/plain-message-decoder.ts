import { correlationIdSchema, EventValidationError, MessageHeaders } from '@waystation/contracts';
import { IHeaders } from 'kafkajs';
import { v7 as uuidv7 } from 'uuid';
import { PlainTopicSubscription } from '../messaging-options';
import { DecodedMessage } from './message-decoder';

/**
 * Parses a plain topic's message and validates it against the topic's schema; the handler of the subscription's
 * pattern gets the result. No envelope, no producer check: the broker's ACLs say who may write the topic, and the
 * topic is what the handler trusts. The writer may send a `correlation-id` header to find its message in our logs
 * and events; without one (or with one that is no id), a fresh one is made.
 */
export function decodePlainMessage<H>(
  subscription: PlainTopicSubscription,
  message: { partition: number; offset: string; value: Buffer | null; headers?: IHeaders },
  handlerFor: (type: string) => H | undefined,
): DecodedMessage<H> {
  let raw: unknown;
  try {
    raw = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch (error) {
    return { kind: 'rejected', reason: 'malformed-json', error: (error as Error).message };
  }
  const parsed = subscription.schema.safeParse(raw);
  if (!parsed.success) return { kind: 'rejected', reason: 'invalid-event', error: EventValidationError.fromZodError(parsed.error).message };
  const handler = handlerFor(subscription.pattern);
  if (handler === undefined) return { kind: 'skipped', type: subscription.pattern };
  const id = `${subscription.topic}:${message.partition}:${message.offset}`;
  const sent = correlationIdSchema.safeParse(message.headers?.[MessageHeaders.correlationId]?.toString());
  const correlationId = sent.success ? sent.data : uuidv7();
  return { kind: 'event', event: { type: subscription.pattern, id, correlationId, body: parsed.data }, handler };
}
