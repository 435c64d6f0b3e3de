export const Topics = {
  accounts: 'accounts.events',
  stations: 'stations.events',
  reports: 'reports.events',
  points: 'points.events',
  notifications: 'notifications.events',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

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
  points: [Topics.reports, Topics.accounts],
  notifications: [Topics.reports, Topics.points, Topics.accounts, Topics.stations],
} as const satisfies Record<ConsumerGroupKey, readonly TopicName[]>;

export function deadLetterTopic(topic: string, consumerGroup: string): string {
  return `${topic}.dlq.${consumerGroup}`;
}

export interface TopicSpec {
  topic: string;
  numPartitions: number;
}

/** Every topic the system needs: the domain topics, then one dead-letter topic per subscription. */
export function allTopicSpecs(): TopicSpec[] {
  const domainTopics = Object.values(Topics).map((topic) => ({ topic, numPartitions: TOPIC_PARTITIONS }));
  const deadLetterTopics = (Object.keys(ConsumerGroups) as ConsumerGroupKey[]).flatMap((group) => {
    const subscribed: readonly TopicName[] = Subscriptions[group];
    return subscribed.map((topic) => ({
      topic: deadLetterTopic(topic, ConsumerGroups[group]),
      numPartitions: DEAD_LETTER_TOPIC_PARTITIONS,
    }));
  });
  return [...domainTopics, ...deadLetterTopics];
}
