import type { TopicSpec } from '@waystation/contracts';
import { Admin, Kafka } from 'kafkajs';
import { setTimeout as sleep } from 'node:timers/promises';

const LEADERS_TIMEOUT_MS = 30_000;
/** What a just-created topic reports until the broker's metadata has caught up with the controller's. */
const NOT_YET_PROPAGATED = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

/**
 * Creates the topics that do not exist yet (the broker never auto-creates them, with the cluster's default
 * replication) and waits until they have leaders. Existing topics are left as they are, partition count included.
 */
export async function ensureTopics(kafka: Kafka, topics: readonly TopicSpec[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter(({ topic }) => !existing.has(topic));
    if (missing.length === 0) return;
    // kafkajs's own waitForLeaders gives up on UNKNOWN_TOPIC_OR_PARTITION, which a KRaft broker answers for a
    // moment after the controller created the topic.
    await admin.createTopics({
      topics: missing.map(({ topic, numPartitions }) => ({ topic, numPartitions, replicationFactor: -1 })),
      waitForLeaders: false,
    });
    await waitForLeaders(
      admin,
      missing.map(({ topic }) => topic),
    );
  } finally {
    await admin.disconnect();
  }
}

async function waitForLeaders(admin: Admin, topics: string[]): Promise<void> {
  const deadline = Date.now() + LEADERS_TIMEOUT_MS;
  for (;;) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      if (metadata.topics.every(({ partitions }) => partitions.every(({ leader }) => leader >= 0))) return;
    } catch (error) {
      if (!NOT_YET_PROPAGATED.has((error as { type?: string }).type ?? '')) throw error;
    }
    if (Date.now() >= deadline) {
      throw new Error(`Topics without a leader after ${LEADERS_TIMEOUT_MS / 1000} s: ${topics.join(', ')}`);
    }
    await sleep(100);
  }
}
