import {
  allTopicSpecs,
  ConsumerGroups,
  DEAD_LETTER_TOPIC_PARTITIONS,
  deadLetterTopic,
  departmentRejectedUpdatesTopicSpecs,
  departmentTopicSpecs,
  departmentUpdatesTopicSpecs,
  ownerOfTopic,
  TOPIC_PARTITIONS,
  Topics,
  topicSpecsCreatedBy,
  topicSpecsOwnedBy,
} from './topics';

describe(deadLetterTopic.name, () => {
  it('names the topic after the source topic and the consumer group', () => {
    expect(deadLetterTopic(Topics.reports, ConsumerGroups.points)).toBe('reports.events.dlq.waystation-points');
  });
});

describe(allTopicSpecs.name, () => {
  const specs = allTopicSpecs();

  it('lists every domain topic with the domain partition count', () => {
    for (const topic of Object.values(Topics)) {
      expect(specs).toContainEqual({ topic, numPartitions: TOPIC_PARTITIONS });
    }
  });

  it("lists each provisioned department's topic with the domain partition count", () => {
    expect(specs).toEqual(expect.arrayContaining(departmentTopicSpecs()));
    expect(departmentTopicSpecs()).toContainEqual({ topic: 'departments.civil-affairs.reports', numPartitions: TOPIC_PARTITIONS });
  });

  it("lists each provisioned department's updates topic, and its rejected-updates topic with one partition", () => {
    expect(specs).toEqual(expect.arrayContaining([...departmentUpdatesTopicSpecs(), ...departmentRejectedUpdatesTopicSpecs()]));
    expect(departmentUpdatesTopicSpecs()).toContainEqual({ topic: 'departments.fire.updates', numPartitions: TOPIC_PARTITIONS });
    expect(departmentRejectedUpdatesTopicSpecs()).toContainEqual({
      topic: 'departments.fire.updates.rejected',
      numPartitions: DEAD_LETTER_TOPIC_PARTITIONS,
    });
  });

  it('lists a dead-letter topic for each topic a group consumes, and no other', () => {
    const deadLetterTopics = specs.filter(({ topic }) => topic.includes('.dlq.'));

    expect(deadLetterTopics).toEqual([
      { topic: 'stations.events.dlq.waystation-reports', numPartitions: DEAD_LETTER_TOPIC_PARTITIONS },
      { topic: 'reports.events.dlq.waystation-points', numPartitions: DEAD_LETTER_TOPIC_PARTITIONS },
      { topic: 'accounts.events.dlq.waystation-points', numPartitions: DEAD_LETTER_TOPIC_PARTITIONS },
      { topic: 'stations.events.dlq.waystation-points', numPartitions: DEAD_LETTER_TOPIC_PARTITIONS },
      { topic: 'reports.events.dlq.waystation-notifications', numPartitions: DEAD_LETTER_TOPIC_PARTITIONS },
      { topic: 'points.events.dlq.waystation-notifications', numPartitions: DEAD_LETTER_TOPIC_PARTITIONS },
      { topic: 'accounts.events.dlq.waystation-notifications', numPartitions: DEAD_LETTER_TOPIC_PARTITIONS },
      { topic: 'stations.events.dlq.waystation-notifications', numPartitions: DEAD_LETTER_TOPIC_PARTITIONS },
    ]);
  });
});

describe(topicSpecsOwnedBy.name, () => {
  it("lists a consuming service's own domain topic and its group's dead-letter topics", () => {
    expect(topicSpecsOwnedBy('points')).toEqual([
      { topic: 'points.events', numPartitions: TOPIC_PARTITIONS },
      { topic: 'reports.events.dlq.waystation-points', numPartitions: DEAD_LETTER_TOPIC_PARTITIONS },
      { topic: 'accounts.events.dlq.waystation-points', numPartitions: DEAD_LETTER_TOPIC_PARTITIONS },
      { topic: 'stations.events.dlq.waystation-points', numPartitions: DEAD_LETTER_TOPIC_PARTITIONS },
    ]);
  });

  it('gives the reports service the department topics and their rejected-updates topics as well, not their updates topics', () => {
    expect(topicSpecsOwnedBy('reports')).toEqual(
      expect.arrayContaining([...departmentTopicSpecs(), ...departmentRejectedUpdatesTopicSpecs()]),
    );
    expect(topicSpecsOwnedBy('reports')).not.toEqual(expect.arrayContaining(departmentUpdatesTopicSpecs()));
    expect(topicSpecsOwnedBy('points')).not.toEqual(expect.arrayContaining(departmentTopicSpecs()));
  });

  it('lists only the domain topic of a service that consumes nothing', () => {
    expect(topicSpecsOwnedBy('gateway')).toEqual([{ topic: 'accounts.events', numPartitions: TOPIC_PARTITIONS }]);
  });
});

describe(ownerOfTopic.name, () => {
  it('names the service that writes a domain topic, and no owner for any other topic', () => {
    expect(ownerOfTopic(Topics.reports)).toBe('reports');
    expect(ownerOfTopic('reports.events.dlq.waystation-points')).toBeUndefined();
    expect(ownerOfTopic('constructor')).toBeUndefined();
  });

  it('names the reports service as the writer of a provisioned department topic only', () => {
    expect(ownerOfTopic('departments.sanitation.reports')).toBe('reports');
    expect(ownerOfTopic('departments.roads.reports')).toBeUndefined();
  });
});

describe(topicSpecsCreatedBy.name, () => {
  it("lets the reports service create the departments' updates topics it reads, besides its own", () => {
    expect(topicSpecsCreatedBy('reports')).toEqual([...topicSpecsOwnedBy('reports'), ...departmentUpdatesTopicSpecs()]);
    expect(topicSpecsCreatedBy('points')).toEqual(topicSpecsOwnedBy('points'));
  });
});
