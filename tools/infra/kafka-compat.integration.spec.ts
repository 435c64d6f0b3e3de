import { readTestInfra, waitFor } from '@waystation/testing';
import { logLevel, Partitioners } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { kafkaClient } from './kafka-client';
import { createMissingTopics } from './missing-topics';

// kafkajs 2.2.4 predates Kafka 4, which removed many old protocol versions (KIP-896): this proves that
// what the services rely on still works against the broker the tooling runs.
describe('kafkajs 2.2.4 against the local Kafka 4 broker', () => {
  const { kafka: infra } = readTestInfra();
  const kafka = kafkaClient(infra, 'kafka-compat-spec', logLevel.WARN);
  const PARTITIONS = 3;

  async function produce(topic: string, values: string[]): Promise<void> {
    const producer = kafka.producer({ idempotent: true, createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    try {
      await producer.send({
        topic,
        acks: -1,
        messages: values.map((value, index) => ({ key: `key-${index}`, value, partition: index % PARTITIONS })),
      });
    } finally {
      await producer.disconnect();
    }
  }

  /** Joins `groupId`, collects what it is given, committing each message's offset explicitly. */
  async function consumeAndCommit(topic: string, groupId: string, expectedCount: number): Promise<string[]> {
    // A short fetch wait: disconnect() waits for the fetch in flight, 5 s by default.
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 200 });
    const received: string[] = [];
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          received.push(String(message.value));
          await consumer.commitOffsets([{ topic, partition, offset: String(Number(message.offset) + 1) }]);
        },
      });
      await waitFor(() => received.length >= expectedCount, {
        description: `${expectedCount} messages on ${topic} for ${groupId}`,
        timeoutMs: 30_000,
      });
    } finally {
      await consumer.disconnect();
    }
    return received;
  }

  it('resumes a consumer group after its committed offsets, with no redelivery', async () => {
    const topic = `kafka-compat-${randomUUID()}`;
    const groupId = `kafka-compat-${randomUUID()}`;
    await createMissingTopics(infra, [{ topic, numPartitions: PARTITIONS }]);
    const firstBatch = Array.from({ length: 9 }, (_, index) => `first-${index}`);
    const secondBatch = Array.from({ length: 6 }, (_, index) => `second-${index}`);

    await produce(topic, firstBatch);
    const firstRun = await consumeAndCommit(topic, groupId, firstBatch.length);
    await produce(topic, secondBatch);
    const secondRun = await consumeAndCommit(topic, groupId, secondBatch.length);

    expect(firstRun.sort()).toEqual([...firstBatch].sort());
    // Each partition gets new messages, and a redelivered one would come before them on its partition.
    expect(secondRun.sort()).toEqual([...secondBatch].sort());
    const admin = kafka.admin();
    await admin.connect();
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    await admin.disconnect();
    expect(committed.partitions.map(({ offset }) => offset).sort()).toEqual(['5', '5', '5']);
  });
});
