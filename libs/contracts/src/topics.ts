import { ProvisionedDepartmentCodes } from './departments/department-codes';
import { departmentRejectedUpdatesTopic, departmentReportsTopic, departmentUpdatesTopic } from './departments/department-kafka';

export const Topics = {
  accounts: 'accounts.events',
  stations: 'stations.events',
  reports: 'reports.events',
  points: 'points.events',
  notifications: 'notifications.events',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

/** The services that talk over Kafka; each one is a Kafka principal of its own. */
export const ServiceNames = ['gateway', 'stations', 'reports', 'points', 'notifications'] as const;
export type ServiceName = (typeof ServiceNames)[number];

/**
 * The one service that writes each domain topic (the broker's ACLs enforce it); a consumer refuses an envelope
 * whose `producer` is not the owner of the topic it came on.
 */
export const TopicOwners = {
  [Topics.accounts]: 'gateway',
  [Topics.stations]: 'stations',
  [Topics.reports]: 'reports',
  [Topics.points]: 'points',
  [Topics.notifications]: 'notifications',
} as const satisfies Record<TopicName, ServiceName>;

/**
 * The service that talks with the departments over Kafka: it writes their topics (`departments.<code>.reports`) and
 * their rejected topics (`departments.<code>.updates.rejected`), and reads what they write (`departments.<code>.updates`).
 */
export const DEPARTMENT_TOPICS_OWNER = 'reports' satisfies ServiceName;

/** The service that owns `topic`, or undefined for a topic that is neither a domain nor a department topic. */
export function ownerOfTopic(topic: string): ServiceName | undefined {
  if (Object.hasOwn(TopicOwners, topic)) return TopicOwners[topic as TopicName];
  return departmentTopicSpecs().some((spec) => spec.topic === topic) ? DEPARTMENT_TOPICS_OWNER : undefined;
}

/** Each consumer group can run up to six instances; the key (aggregateId) keeps one aggregate on one partition. */
export const TOPIC_PARTITIONS = 6;

/**
 * Dead letters are rare and are read by people and replay tools, not by scaled-out consumers:
 * one partition keeps them in the order they failed.
 */
export const DEAD_LETTER_TOPIC_PARTITIONS = 1;

export const ConsumerGroups = {
  stations: 'waystation-stations',
  reports: 'waystation-reports',
  points: 'waystation-points',
  notifications: 'waystation-notifications',
} as const;

type ConsumerGroupKey = keyof typeof ConsumerGroups;

/** The topics each consumer group subscribes to, keyed like `ConsumerGroups`. */
export const Subscriptions = {
  stations: [],
  reports: [Topics.stations],
  points: [Topics.reports, Topics.accounts, Topics.stations],
  notifications: [Topics.reports, Topics.points, Topics.accounts, Topics.stations],
} as const satisfies Record<ConsumerGroupKey, readonly TopicName[]>;

/**
 * Subscriptions every replica of a service consumes in full (a broadcast, not shared work): each replica joins
 * a consumer group of its own, named under `groupPrefix`, from the latest offset, with no inbox, dead letters or
 * committed offsets. The gateway's replicas hear of new notifications this way to wake their live streams.
 */
export const BroadcastSubscriptions = {
  gateway: { groupPrefix: 'waystation-gateway-live.', topics: [Topics.notifications] },
} as const satisfies Partial<Record<ServiceName, { groupPrefix: string; topics: readonly TopicName[] }>>;

export function deadLetterTopic(topic: string, consumerGroup: string): string {
  return `${topic}.dlq.${consumerGroup}`;
}

export interface TopicSpec {
  topic: string;
  numPartitions: number;
}

/**
 * Every topic the system needs: the domain topics, one dead-letter topic per subscription, and each department's
 * three (reports, updates, rejected updates).
 */
export function allTopicSpecs(): TopicSpec[] {
  const domainTopics = Object.values(Topics).map((topic) => ({ topic, numPartitions: TOPIC_PARTITIONS }));
  const deadLetterTopics = (Object.keys(ConsumerGroups) as ConsumerGroupKey[]).flatMap(deadLetterTopicSpecsOf);
  return [
    ...domainTopics,
    ...deadLetterTopics,
    ...departmentTopicSpecs(),
    ...departmentUpdatesTopicSpecs(),
    ...departmentRejectedUpdatesTopicSpecs(),
  ];
}

/** One topic per provisioned department, partitioned like the domain topics (keyed by report id). */
export function departmentTopicSpecs(): TopicSpec[] {
  return ProvisionedDepartmentCodes.map((code) => ({ topic: departmentReportsTopic(code), numPartitions: TOPIC_PARTITIONS }));
}

/** The topics the provisioned departments write their updates to, keyed by report id like their reports topics. */
export function departmentUpdatesTopicSpecs(): TopicSpec[] {
  return ProvisionedDepartmentCodes.map((code) => ({ topic: departmentUpdatesTopic(code), numPartitions: TOPIC_PARTITIONS }));
}

/** Where each department's refused updates go: dead letters, one partition like every dead-letter topic. */
export function departmentRejectedUpdatesTopicSpecs(): TopicSpec[] {
  return ProvisionedDepartmentCodes.map((code) => ({
    topic: departmentRejectedUpdatesTopic(code),
    numPartitions: DEAD_LETTER_TOPIC_PARTITIONS,
  }));
}

/**
 * The topics a service may create when they are missing: the domain topic it owns, the dead-letter topics of its
 * consumer group and, for the reports service, the department topics and their rejected-updates topics. Nothing else: the broker lets a service
 * create only these.
 */
export function topicSpecsOwnedBy(service: string): TopicSpec[] {
  const owned = (Object.keys(TopicOwners) as TopicName[]).filter((topic) => TopicOwners[topic] === service);
  const domainTopics = owned.map((topic) => ({ topic, numPartitions: TOPIC_PARTITIONS }));
  const deadLetterTopics = Object.hasOwn(ConsumerGroups, service) ? deadLetterTopicSpecsOf(service as ConsumerGroupKey) : [];
  const departmentTopics = service === DEPARTMENT_TOPICS_OWNER ? [...departmentTopicSpecs(), ...departmentRejectedUpdatesTopicSpecs()] : [];
  return [...domainTopics, ...deadLetterTopics, ...departmentTopics];
}

/**
 * The topics a service's consumer makes sure of at start: those it owns and, for the reports service, the
 * departments' updates topics it reads. No service writes those, so their reader creates them on a broker where
 * nothing else did (docker-compose); the embedded broker and Strimzi create every topic anyway.
 */
export function topicSpecsCreatedBy(service: string): TopicSpec[] {
  return [...topicSpecsOwnedBy(service), ...(service === DEPARTMENT_TOPICS_OWNER ? departmentUpdatesTopicSpecs() : [])];
}

function deadLetterTopicSpecsOf(group: ConsumerGroupKey): TopicSpec[] {
  const subscribed: readonly TopicName[] = Subscriptions[group];
  return subscribed.map((topic) => ({ topic: deadLetterTopic(topic, ConsumerGroups[group]), numPartitions: DEAD_LETTER_TOPIC_PARTITIONS }));
}
