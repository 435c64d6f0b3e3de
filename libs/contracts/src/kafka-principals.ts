import { ProvisionedDepartmentCodes } from './departments/department-codes';
import {
  departmentConsumerGroupPrefix,
  departmentPrincipal,
  departmentRejectedUpdatesTopic,
  departmentReportsTopic,
  departmentUpdatesTopic,
} from './departments/department-kafka';
import {
  BroadcastSubscriptions,
  ConsumerGroups,
  DEPARTMENT_TOPICS_OWNER,
  departmentUpdatesTopicSpecs,
  ServiceName,
  ServiceNames,
  Subscriptions,
  topicSpecsOwnedBy,
} from './topics';

/** The principal of the tooling (topic creation, replay of dead letters, tests, benchmarks): a super user. */
export const KAFKA_ADMIN_PRINCIPAL = 'admin';

/** One principal per provisioned department, `department-<code>`. */
export const DEPARTMENT_PRINCIPALS = ProvisionedDepartmentCodes.map((code) => departmentPrincipal(code));

/** Every principal the embedded broker creates: one per service, one per department, and the tooling's. */
export const KAFKA_PRINCIPALS = [...ServiceNames, ...DEPARTMENT_PRINCIPALS, KAFKA_ADMIN_PRINCIPAL] as const;
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

/** One allow rule of a principal: these operations on this resource (literal unless `prefixed`), from any host. */
export interface KafkaAcl {
  resource: { type: 'topic' | 'group'; name: string; patternType?: 'prefixed' };
  operations: KafkaAclOperation[];
}

/**
 * Everything a service may do on the broker, derived from the contracts: write (and create) the domain topic it
 * owns and its own group's dead-letter topics, read the topics it subscribes to (for the reports service, the
 * departments' updates topics as well, which it may create), with its own group only.
 * The idempotent producer needs nothing more: the broker grants InitProducerId to a principal that may write
 * some topic. Everything else is denied, so another service's topic answers TOPIC_AUTHORIZATION_FAILED. A service
 * with a broadcast subscription (the gateway) reads its topics with groups under its prefix.
 */
export function kafkaAclsOf(service: ServiceName): KafkaAcl[] {
  const writes = topicSpecsOwnedBy(service).map(({ topic }): KafkaAcl => ({
    resource: { type: 'topic', name: topic },
    operations: ['Write', 'Create', 'Describe'],
  }));
  if (Object.hasOwn(BroadcastSubscriptions, service))
    return [...writes, ...broadcastAclsOf(service as keyof typeof BroadcastSubscriptions)];
  if (!Object.hasOwn(ConsumerGroups, service)) return writes;
  const group = service as keyof typeof ConsumerGroups;
  const subscribed: readonly string[] = Subscriptions[group];
  const reads = subscribed.map((topic): KafkaAcl => ({ resource: { type: 'topic', name: topic }, operations: ['Read', 'Describe'] }));
  // The departments' updates, which their reader creates (topicSpecsCreatedBy).
  const departmentUpdates = (service === DEPARTMENT_TOPICS_OWNER ? departmentUpdatesTopicSpecs() : []).map(({ topic }): KafkaAcl => ({
    resource: { type: 'topic', name: topic },
    operations: ['Read', 'Describe', 'Create'],
  }));
  const ownGroup: KafkaAcl = { resource: { type: 'group', name: ConsumerGroups[group] }, operations: ['Read'] };
  return [...writes, ...reads, ...departmentUpdates, ...(subscribed.length > 0 ? [ownGroup] : [])];
}

/** A broadcast subscription's reads: its topics, with any group under its prefix (one per replica). */
function broadcastAclsOf(service: keyof typeof BroadcastSubscriptions): KafkaAcl[] {
  const { groupPrefix, topics } = BroadcastSubscriptions[service];
  return [
    ...topics.map((topic): KafkaAcl => ({ resource: { type: 'topic', name: topic }, operations: ['Read', 'Describe'] })),
    { resource: { type: 'group', name: groupPrefix, patternType: 'prefixed' }, operations: ['Read'] },
  ];
}

/**
 * Everything a department may do on the broker: read its own reports topic, write its own updates topic, read
 * what was refused of its updates, with consumer groups named under its own prefix (so it can run as many as it
 * likes without the platform provisioning each). Nothing else: another department's topics, the domain topics and
 * any other write answer TOPIC_AUTHORIZATION_FAILED.
 */
export function kafkaAclsOfDepartment(code: string): KafkaAcl[] {
  return [
    { resource: { type: 'topic', name: departmentReportsTopic(code) }, operations: ['Read', 'Describe'] },
    { resource: { type: 'topic', name: departmentUpdatesTopic(code) }, operations: ['Write', 'Describe'] },
    { resource: { type: 'topic', name: departmentRejectedUpdatesTopic(code) }, operations: ['Read', 'Describe'] },
    { resource: { type: 'group', name: departmentConsumerGroupPrefix(code), patternType: 'prefixed' }, operations: ['Read'] },
  ];
}

/** Every principal that has ACLs (the services' and the departments'; the admin is a super user) with them. */
export function kafkaAclsByPrincipal(): { principal: string; acls: KafkaAcl[] }[] {
  return [
    ...ServiceNames.map((service) => ({ principal: service as string, acls: kafkaAclsOf(service) })),
    ...ProvisionedDepartmentCodes.map((code) => ({ principal: departmentPrincipal(code) as string, acls: kafkaAclsOfDepartment(code) })),
  ];
}
