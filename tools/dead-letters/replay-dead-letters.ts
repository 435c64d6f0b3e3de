import { DEAD_LETTER_HEADER_PREFIX, DeadLetterHeaders, MessageHeaders } from '@waystation/contracts';
import { kafkaClient, kafkaToolingEndpoint } from '@waystation/infra';
import { IHeaders, Kafka, Partitioners } from 'kafkajs';

export interface ReplaySummary {
  /** Republished to their original topic. */
  replayed: number;
  /** Dead letters that do not say where they came from: left where they are. */
  unknownOrigin: number;
}

/** The consumer group that remembers how far a dead-letter topic was replayed, so a second run repeats nothing. */
export const replayGroupOf = (deadLetterTopic: string) => `waystation-dlq-replay.${deadLetterTopic}`;

/**
 * Republishes every dead letter not replayed before to the topic it came from, with its key, value and original
 * headers (the `dlq-*` ones dropped), then stops. Consumers record event ids in their inbox, so a replayed event
 * that some group had already applied is skipped there; the group that failed it gets it again.
 */
export async function replayDeadLetters(kafka: Kafka, deadLetterTopic: string): Promise<ReplaySummary> {
  const groupId = replayGroupOf(deadLetterTopic);
  const remaining = await partitionsToReplay(kafka, deadLetterTopic, groupId);
  const summary: ReplaySummary = { replayed: 0, unknownOrigin: 0 };
  if (remaining.size === 0) return summary;

  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  // A failure (the original topic is gone, say) ends the run instead of restarting the consumer forever.
  const consumer = kafka.consumer({ groupId, retry: { restartOnFailure: async () => false } });
  await Promise.all([producer.connect(), consumer.connect()]);
  try {
    await consumer.subscribe({ topic: deadLetterTopic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
      // Another replay of the same topic running at once would own some partitions; this one would wait on them.
      consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
        const assigned = new Set(payload.memberAssignment[deadLetterTopic] ?? []);
        if ([...remaining.keys()].some((partition) => !assigned.has(partition))) {
          reject(new Error(`another replay of ${deadLetterTopic} is running; run one at a time`));
        }
      });
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const originalTopic = message.headers?.[DeadLetterHeaders.originalTopic]?.toString();
            if (originalTopic) {
              await producer.send({
                topic: originalTopic,
                acks: -1,
                messages: [
                  {
                    key: message.key,
                    value: message.value,
                    headers: { ...originalHeaders(message.headers), [MessageHeaders.replayedFrom]: deadLetterTopic },
                  },
                ],
              });
              summary.replayed += 1;
            } else {
              summary.unknownOrigin += 1;
            }
            // Committed after the send: a crash in between replays this one again, which the inbox absorbs.
            await consumer.commitOffsets([{ topic: deadLetterTopic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
            if (BigInt(message.offset) + 1n >= (remaining.get(partition) ?? 0n)) remaining.delete(partition);
            if (remaining.size === 0) resolve();
          },
        })
        .catch(reject);
    });
  } finally {
    await Promise.all([consumer.disconnect(), producer.disconnect()]);
  }
  return summary;
}

/** Partitions with dead letters past the group's committed offset, by partition, with the offset to reach. */
async function partitionsToReplay(kafka: Kafka, topic: string, groupId: string): Promise<Map<number, bigint>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [ends, [committed]] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId, topics: [topic] })]);
    // Where the group resumes: its committed offset, or the oldest message kept when it has none (-1) or
    // retention has already dropped what it would resume at.
    const resumeAt = (partition: number, low: bigint) => {
      const offset = BigInt(committed?.partitions.find((entry) => entry.partition === partition)?.offset ?? '-1');
      return offset > low ? offset : low;
    };
    return new Map(
      ends
        .filter(({ partition, high, low }) => BigInt(high) > resumeAt(partition, BigInt(low)))
        .map(({ partition, high }) => [partition, BigInt(high)]),
    );
  } finally {
    await admin.disconnect();
  }
}

function originalHeaders(headers: IHeaders | undefined): IHeaders {
  return Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => !name.startsWith(DEAD_LETTER_HEADER_PREFIX)));
}

async function main(): Promise<void> {
  const [topic] = process.argv.slice(2);
  if (!topic?.includes('.dlq.')) {
    console.error('usage: npm run kafka:replay-dlq -- <topic>.dlq.<consumer-group>   e.g. reports.events.dlq.waystation-points');
    process.exit(2);
  }
  const summary = await replayDeadLetters(kafkaClient(kafkaToolingEndpoint(), 'waystation-dlq-replay'), topic);
  console.log(`${topic}: ${summary.replayed} replayed, ${summary.unknownOrigin} without an original topic (left in place)`);
}

if (require.main === module) {
  void main();
}
