import type { TopicSpec } from '@waystation/contracts';
import { ensureTopics as ensureTopicsOn } from '@waystation/messaging';
import { Kafka, logLevel } from 'kafkajs';

/** Creates the missing topics on the broker at `brokers` (the same code the services run at start). */
export function ensureTopics(brokers: string[], topics: readonly TopicSpec[]): Promise<void> {
  return ensureTopicsOn(new Kafka({ clientId: 'waystation-infra-topics', brokers, logLevel: logLevel.ERROR }), topics);
}
