import type { TopicSpec } from '@waystation/contracts';
import { ensureTopics as ensureTopicsOn } from '@waystation/messaging';
import { type KafkaEndpoint, kafkaClient } from './kafka-client';

/** Creates the missing topics on the broker at `endpoint` (the same code the services run at start). */
export function ensureTopics(endpoint: KafkaEndpoint, topics: readonly TopicSpec[]): Promise<void> {
  return ensureTopicsOn(kafkaClient(endpoint, 'waystation-infra-topics'), topics);
}
