import { ProvisionedDepartmentCodes } from './departments/department-codes';
import { departmentRejectedUpdatesTopic, departmentReportsTopic, departmentUpdatesTopic } from './departments/department-kafka';
import { KAFKA_PRINCIPALS, kafkaAclsByPrincipal, kafkaAclsOf, kafkaAclsOfDepartment } from './kafka-principals';
import { DEPARTMENT_TOPICS_OWNER, ServiceNames, Topics } from './topics';

const departmentTopics = ProvisionedDepartmentCodes.map(departmentReportsTopic);
const rejectedUpdatesTopics = ProvisionedDepartmentCodes.map(departmentRejectedUpdatesTopic);
const updatesTopics = ProvisionedDepartmentCodes.map(departmentUpdatesTopic);

const topicsWith = (service: (typeof ServiceNames)[number], operation: string) =>
  kafkaAclsOf(service)
    .filter(({ resource, operations }) => resource.type === 'topic' && operations.includes(operation as never))
    .map(({ resource }) => resource.name);

describe(kafkaAclsOf.name, () => {
  it('lets the gateway write accounts.events, and read notifications.events with per-replica groups under its prefix', () => {
    const sut = kafkaAclsOf('gateway');

    expect(sut).toEqual([
      { resource: { type: 'topic', name: Topics.accounts }, operations: ['Write', 'Create', 'Describe'] },
      { resource: { type: 'topic', name: Topics.notifications }, operations: ['Read', 'Describe'] },
      { resource: { type: 'group', name: 'waystation-gateway-live.', patternType: 'prefixed' }, operations: ['Read'] },
    ]);
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

    const ownTopics = [
      Topics[service === 'gateway' ? 'accounts' : service],
      ...(service === DEPARTMENT_TOPICS_OWNER ? [...departmentTopics, ...rejectedUpdatesTopics] : []),
    ];

    expect(writable.filter((topic) => !topic.includes('.dlq.') && !ownTopics.includes(topic))).toEqual([]);
  });

  it('lets the reports service write every department topic', () => {
    expect(topicsWith('reports', 'Write')).toEqual(expect.arrayContaining(departmentTopics));
  });

  it("lets the reports service read every department's updates and write their rejected updates, never write their updates", () => {
    expect(topicsWith('reports', 'Read')).toEqual(expect.arrayContaining(updatesTopics));
    expect(topicsWith('reports', 'Create')).toEqual(expect.arrayContaining(updatesTopics));
    expect(topicsWith('reports', 'Write')).toEqual(expect.arrayContaining(rejectedUpdatesTopics));
    expect(ServiceNames.flatMap((service) => topicsWith(service, 'Write')).filter((topic) => updatesTopics.includes(topic))).toEqual([]);
  });

  it('lets no two services write the same topic', () => {
    const writers = ServiceNames.flatMap((service) => topicsWith(service, 'Write'));

    expect(new Set(writers).size).toBe(writers.length);
  });
});

describe(kafkaAclsOfDepartment.name, () => {
  it('lets a department read its own topic, write its own updates, read its refused updates, with groups under its own prefix, and nothing else', () => {
    expect(kafkaAclsOfDepartment('fire')).toEqual([
      { resource: { type: 'topic', name: 'departments.fire.reports' }, operations: ['Read', 'Describe'] },
      { resource: { type: 'topic', name: 'departments.fire.updates' }, operations: ['Write', 'Describe'] },
      { resource: { type: 'topic', name: 'departments.fire.updates.rejected' }, operations: ['Read', 'Describe'] },
      { resource: { type: 'group', name: 'department-fire.', patternType: 'prefixed' }, operations: ['Read'] },
    ]);
  });
});

describe(kafkaAclsByPrincipal.name, () => {
  it('gives every service and every provisioned department its ACLs, each one a principal the broker creates', () => {
    const principals = kafkaAclsByPrincipal().map(({ principal }) => principal);

    expect(principals).toEqual([...ServiceNames, ...ProvisionedDepartmentCodes.map((code) => `department-${code}`)]);
    expect(KAFKA_PRINCIPALS).toEqual(expect.arrayContaining(principals));
  });
});
