import { type AnyEvent, developmentKafkaPassword } from '@waystation/contracts';
import { kafkaClient } from '@waystation/infra';
import { IHeaders, Kafka, KafkaMessage, logLevel, Message } from 'kafkajs';
import { readTestInfra } from './infra-state';

/**
 * A client of the run's broker as the admin principal, which the ACLs do not limit, or as `principal` (a
 * department's, say) with its development password, limited by its ACLs as its owner is.
 */
export function testKafka(clientId = 'waystation-tests', principal?: string): Kafka {
  const { brokers, sasl } = readTestInfra().kafka;
  const credentials = principal ? { username: principal, password: developmentKafkaPassword(principal) } : sasl;
  return kafkaClient({ brokers, sasl: credentials }, clientId, logLevel.NOTHING);
}

/** Publishes messages as they are, bypassing every service: redeliveries, poison messages; as the admin unless `principal`. */
export async function publishRaw(topic: string, messages: Message[], principal?: string): Promise<void> {
  // Idempotent: on a loaded machine a produce request can time out and be retried, and a plain producer then
  // writes its messages twice, which specs that count messages would take for a defect.
  const producer = testKafka('waystation-tests', principal).producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
}

export interface ReadMessage {
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

/** Reads a topic from the beginning until `enough` says so (or the deadline passes) and returns what it read. */
export async function readTopic(topic: string, enough: (messages: ReadMessage[]) => boolean, timeoutMs = 20_000): Promise<ReadMessage[]> {
  const consumer = testKafka().consumer({ groupId: `waystation-tests-${Date.now()}-${Math.random()}` });
  const messages: ReadMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${topic}: not enough messages within ${timeoutMs} ms (read ${messages.length})`)),
        timeoutMs,
      );
      void consumer.run({
        eachMessage: async ({ message }) => {
          messages.push(toReadMessage(message));
          if (enough(messages)) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
    return messages;
  } finally {
    await consumer.disconnect();
  }
}

export function toReadMessage(message: KafkaMessage): ReadMessage {
  return {
    key: message.key?.toString() ?? null,
    value: message.value?.toString() ?? null,
    headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, headerText(value)])),
  };
}

function headerText(value: IHeaders[string]): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.map(String).join(',') : value.toString();
}

/**
 * Publishes events as their producing service's relay would: JSON value, `type` and `version` headers, keyed by
 * aggregate id unless `key` puts them all on one partition in this order.
 */
export function publishEvents(topic: string, events: readonly AnyEvent[], key?: string): Promise<void> {
  return publishRaw(
    topic,
    events.map((event) => ({
      key: key ?? event.aggregateId,
      value: JSON.stringify(event),
      headers: { type: event.type, version: String(event.version) },
    })),
  );
}
