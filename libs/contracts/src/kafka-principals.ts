import { ConsumerGroups, ServiceName, ServiceNames, Subscriptions, TopicName, topicSpecsOwnedBy } from './topics';

/** The principal of the tooling (topic creation, replay of dead letters, tests, benchmarks): a super user. */
export const KAFKA_ADMIN_PRINCIPAL = 'admin';

/** Every principal the embedded broker creates: one per service, and the tooling's. */
export const KAFKA_PRINCIPALS = [...ServiceNames, KAFKA_ADMIN_PRINCIPAL] as const;
export type KafkaPrincipal = (typeof KAFKA_PRINCIPALS)[number];

/**
 * The password the embedded broker (127.0.0.1 only) gives a principal, and the apps' default: development
 * credentials, like the embedded PostgreSQL's. Deployed clusters take theirs from secrets.
 */
export function developmentKafkaPassword(principal: string): string {
  return `${principal}-dev-password`;
}

/** Operations as Strimzi's KafkaUser spells them; the embedded broker maps them to the same Kafka operations. */
export type KafkaAclOperation = 'Read' | 'Write' | 'Create' | 'Describe';

/** One allow rule of a principal: these operations on this literal resource, from any host. */
export interface KafkaAcl {
  resource: { type: 'topic' | 'group'; name: string };
  operations: KafkaAclOperation[];
}

/**
 * Everything a service may do on the broker, derived from the contracts: write (and create) the domain topic it
 * owns and its own group's dead-letter topics, read the topics it subscribes to, with its own group only.
 * The idempotent producer needs nothing more: the broker grants InitProducerId to a principal that may write
 * some topic. Everything else is denied, so another service's topic answers TOPIC_AUTHORIZATION_FAILED.
 */
export function kafkaAclsOf(service: ServiceName): KafkaAcl[] {
  const writes = topicSpecsOwnedBy(service).map(({ topic }): KafkaAcl => ({
    resource: { type: 'topic', name: topic },
    operations: ['Write', 'Create', 'Describe'],
  }));
  if (!Object.hasOwn(ConsumerGroups, service)) return writes;
  const group = service as keyof typeof ConsumerGroups;
  const subscribed: readonly TopicName[] = Subscriptions[group];
  const reads = subscribed.map((topic): KafkaAcl => ({ resource: { type: 'topic', name: topic }, operations: ['Read', 'Describe'] }));
  const ownGroup: KafkaAcl = { resource: { type: 'group', name: ConsumerGroups[group] }, operations: ['Read'] };
  return [...writes, ...reads, ...(subscribed.length > 0 ? [ownGroup] : [])];
}
