import { kafkaAclsOf } from './kafka-principals';
import { ServiceNames, Topics } from './topics';

const topicsWith = (service: (typeof ServiceNames)[number], operation: string) =>
  kafkaAclsOf(service)
    .filter(({ resource, operations }) => resource.type === 'topic' && operations.includes(operation as never))
    .map(({ resource }) => resource.name);

describe(kafkaAclsOf.name, () => {
  it('lets the gateway write accounts.events and nothing else, and read nothing', () => {
    const sut = kafkaAclsOf('gateway');

    expect(sut).toEqual([{ resource: { type: 'topic', name: Topics.accounts }, operations: ['Write', 'Create', 'Describe'] }]);
  });

  it('lets points write its own topic and its dead-letter topics, read its subscriptions, with its own group', () => {
    const sut = kafkaAclsOf('points');

    expect(sut).toEqual([
      { resource: { type: 'topic', name: 'points.events' }, operations: ['Write', 'Create', 'Describe'] },
      { resource: { type: 'topic', name: 'reports.events.dlq.waystation-points' }, operations: ['Write', 'Create', 'Describe'] },
      { resource: { type: 'topic', name: 'accounts.events.dlq.waystation-points' }, operations: ['Write', 'Create', 'Describe'] },
      { resource: { type: 'topic', name: 'stations.events.dlq.waystation-points' }, operations: ['Write', 'Create', 'Describe'] },
      { resource: { type: 'topic', name: 'reports.events' }, operations: ['Read', 'Describe'] },
      { resource: { type: 'topic', name: 'accounts.events' }, operations: ['Read', 'Describe'] },
      { resource: { type: 'topic', name: 'stations.events' }, operations: ['Read', 'Describe'] },
      { resource: { type: 'group', name: 'waystation-points' }, operations: ['Read'] },
    ]);
  });

  it('gives a service that subscribes to nothing no group', () => {
    expect(kafkaAclsOf('stations').filter(({ resource }) => resource.type === 'group')).toEqual([]);
  });

  it.each(ServiceNames)('never lets %s write a domain topic it does not own', (service) => {
    const writable = topicsWith(service, 'Write');

    expect(writable.filter((topic) => !topic.includes('.dlq.') && topic !== Topics[service === 'gateway' ? 'accounts' : service])).toEqual(
      [],
    );
  });

  it('lets no two services write the same topic', () => {
    const writers = ServiceNames.flatMap((service) => topicsWith(service, 'Write'));

    expect(new Set(writers).size).toBe(writers.length);
  });
});
