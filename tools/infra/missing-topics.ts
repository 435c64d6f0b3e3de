import type { TopicSpec } from '@waystation/contracts';
import { ensureTopics } from '@waystation/messaging';
import { type KafkaEndpoint, kafkaClient } from './kafka-client';

/** Creates the missing topics on the broker at `endpoint` as the tooling's principal (the services' own ensureTopics). */
export function createMissingTopics(endpoint: KafkaEndpoint, topics: readonly TopicSpec[]): Promise<void> {
  return ensureTopics(kafkaClient(endpoint, 'waystation-infra-topics'), topics);
}
