import { readTestInfra } from '@waystation/testing';
import { logLevel, Partitioners } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { startKafka, stopKafka } from './kafka-broker';
import { kafkaClient } from './kafka-client';
import { createMissingTopics } from './missing-topics';

// Stops and restarts the broker shared by the whole jest run, as crash-recovery specs do: run in band.
describe(startKafka.name, () => {
  const { kafka: infra } = readTestInfra();
  const kafka = kafkaClient(infra, 'kafka-broker-spec', logLevel.NOTHING);

  it('reuses the broker already running on the data directory', async () => {
    const started = Date.now();

    const sut = await startKafka(infra);

    expect(sut.brokers).toEqual(infra.brokers);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('keeps topics and messages across a stop and a start', async () => {
    const topic = `kafka-restart-${randomUUID()}`;
    await createMissingTopics(infra, [{ topic, numPartitions: 1 }]);
    const producer = kafka.producer({ idempotent: true, createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: [{ key: 'k', value: 'kept' }] });
    await producer.disconnect();

    await stopKafka(infra.dataDir);
    await startKafka(infra);

    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    expect(offsets).toEqual([expect.objectContaining({ partition: 0, low: '0', high: '1' })]);
  });
});
