import { v7 as uuidv7 } from 'uuid';
import { type ReadMessage, testKafka, toReadMessage } from './kafka-probe';

/** A message read, with where it sits in its topic. */
export interface PositionedMessage extends ReadMessage {
  partition: number;
  offset: bigint;
}

/** Where each partition of a topic ends (its high watermark), by partition. */
export type TopicEnds = Map<number, bigint>;

export async function topicEnds(topic: string): Promise<TopicEnds> {
  const admin = testKafka().admin();
  await admin.connect();
  try {
    return new Map((await admin.fetchTopicOffsets(topic)).map(({ partition, high }) => [partition, BigInt(high)]));
  } finally {
    await admin.disconnect();
  }
}

/**
 * Every message of `topic` from `since` (the ends of an earlier call; the beginning when absent) up to where the
 * topic ends now. Unlike readTopic it needs no idea of how many messages to expect, so it can count them.
 */
export async function readTopicToEnd(topic: string, since: TopicEnds = new Map(), timeoutMs = 60_000): Promise<PositionedMessage[]> {
  const startOf = (partition: number) => since.get(partition) ?? 0n;
  const remaining = new Map([...(await topicEnds(topic))].filter(([partition, end]) => end > startOf(partition)));
  if (remaining.size === 0) return [];
  const consumer = testKafka().consumer({ groupId: `waystation-tests-${uuidv7()}` });
  const messages: PositionedMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${topic}: not read to its end within ${timeoutMs} ms (read ${messages.length})`)),
        timeoutMs,
      );
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            const offset = BigInt(message.offset);
            if (offset >= startOf(partition)) messages.push({ ...toReadMessage(message), partition, offset });
            if (offset + 1n >= (remaining.get(partition) ?? 0n)) remaining.delete(partition);
            if (remaining.size === 0) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
    return messages;
  } finally {
    await consumer.disconnect();
  }
}

/** Whether consumer group `groupId` has committed an offset past `message` (so it has handled it). */
export async function hasConsumed(
  groupId: string,
  topic: string,
  { partition, offset }: Pick<PositionedMessage, 'partition' | 'offset'>,
): Promise<boolean> {
  const admin = testKafka().admin();
  await admin.connect();
  try {
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    const position = committed?.partitions.find((entry) => entry.partition === partition)?.offset ?? '-1';
    return BigInt(position) > offset;
  } finally {
    await admin.disconnect();
  }
}
