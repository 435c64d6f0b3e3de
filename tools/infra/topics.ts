import { Kafka, logLevel } from 'kafkajs';

export interface TopicSpec {
  topic: string;
  numPartitions: number;
}

/**
 * Creates the topics that do not exist yet (one replica each: the local broker is a single node) and waits
 * for their leaders. Existing topics are left as they are, partition count included.
 */
export async function ensureTopics(brokers: string[], topics: TopicSpec[]): Promise<void> {
  const admin = new Kafka({ clientId: 'waystation-infra-topics', brokers, logLevel: logLevel.ERROR }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter(({ topic }) => !existing.has(topic));
    if (missing.length > 0) {
      // Creating only the missing ones matters: kafkajs skips waiting for leaders when any topic already exists.
      await admin.createTopics({
        topics: missing.map(({ topic, numPartitions }) => ({ topic, numPartitions, replicationFactor: 1 })),
        waitForLeaders: true,
      });
    }
  } finally {
    await admin.disconnect();
  }
}
