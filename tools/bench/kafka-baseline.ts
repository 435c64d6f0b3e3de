import { type KafkaEndpoint, kafkaClient } from '@waystation/infra';
import { logLevel } from 'kafkajs';
import { runAtRate, summarize } from './stats';

/**
 * The ceiling: the same number of messages through bare kafkajs (idempotent producer, acks=all, one consumer
 * group) on the same broker, with nothing else in the path.
 */
export async function kafkaBaseline(endpoint: KafkaEndpoint, count: number, ratePerSecond: number, latencyCount: number) {
  const kafka = kafkaClient(endpoint, 'bench-baseline', logLevel.NOTHING);
  const topic = `bench-baseline-${Date.now()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 6 }], waitForLeaders: true });
  await admin.disconnect();

  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `${topic}-group` });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topic, fromBeginning: true });
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let received = 0;
  let allReceived: () => void = () => undefined;
  let target = count;
  const done = () => new Promise<void>((resolve) => (allReceived = resolve));
  await consumer.run({
    eachMessage: async ({ message }) => {
      const key = String(message.key);
      const sent = sentAt.get(key);
      if (sent !== undefined) latencies.push(performance.now() - sent);
      if (++received === target) allReceived();
    },
  });

  // Throughput: every message as fast as the producer takes them, each send awaited like an outbox batch.
  let finished = done();
  const started = performance.now();
  for (let i = 0; i < count; i += 100) {
    const batch = Array.from({ length: Math.min(100, count - i) }, (_, j) => ({ key: `t-${i + j}`, value: 'x'.repeat(400) }));
    await producer.send({ topic, acks: -1, messages: batch });
  }
  await finished;
  const throughputPerSecond = (count / (performance.now() - started)) * 1_000;

  // Latency at the offered rate, one message per send.
  if (latencyCount === 0) {
    await Promise.all([producer.disconnect(), consumer.disconnect()]);
    return { throughputPerSecond, latency: summarize([]) };
  }
  received = 0;
  target = latencyCount;
  latencies.length = 0;
  finished = done();
  await runAtRate(latencyCount, ratePerSecond, async (i) => {
    const key = `l-${i}`;
    sentAt.set(key, performance.now());
    await producer.send({ topic, acks: -1, messages: [{ key, value: 'x'.repeat(400) }] });
  });
  await finished;
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  return { throughputPerSecond, latency: summarize(latencies) };
}
