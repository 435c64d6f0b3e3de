import {
  ConsumerGroups,
  deadLetterTopic,
  type ServiceName,
  ServiceNames,
  Subscriptions,
  Topics,
  topicSpecsOwnedBy,
} from '@waystation/contracts';
import { readTestInfra, testKafka } from '@waystation/testing';
import { ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import { consumeAs, kafkaAs, produceAs } from './kafka-principal-probes.spec-helper';

const CONSUMERS = ['stations', 'reports', 'points', 'notifications'] as const;

/** The broker's largest accepted batch, read rather than assumed. */
async function maxMessageBytes(): Promise<number> {
  const admin = testKafka('acl-spec-admin').admin();
  await admin.connect();
  try {
    const { resources } = await admin.describeConfigs({
      resources: [{ type: ConfigResourceTypes.BROKER, name: '1', configNames: ['message.max.bytes'] }],
      includeSynonyms: false,
    });
    return Number(resources[0].configEntries.find(({ configName }) => configName === 'message.max.bytes')?.configValue);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Produces as `service` a message of `valueBytes`. One byte over the broker's limit, an authorized write is refused
 * only for its size (MESSAGE_TOO_LARGE: the broker checks authorization first) and nothing lands on the topics the
 * other specs share.
 */
const produceBytesAs = (service: ServiceName, topic: string, valueBytes: number) =>
  produceAs(service, topic, { value: Buffer.alloc(valueBytes) });

describe('Kafka principals and ACLs on the embedded broker', () => {
  let oversized: number;

  beforeAll(async () => {
    oversized = (await maxMessageBytes()) + 1;
  });

  it.each(ServiceNames.flatMap((service) => topicSpecsOwnedBy(service).map(({ topic }) => ({ service, topic }))))(
    '$service may write $topic (its own topic or dead-letter topic)',
    async ({ service, topic }) => {
      expect(await produceBytesAs(service, topic, oversized)).toBe('MESSAGE_TOO_LARGE');
    },
  );

  it.each(CONSUMERS.flatMap((service) => Subscriptions[service].map((topic) => ({ service, topic }))))(
    '$service may read $topic with its own group',
    async ({ service, topic }) => {
      expect(await consumeAs(service, topic, ConsumerGroups[service])).toBe('fetched');
    },
  );

  it('refuses reports writing points.events (TOPIC_AUTHORIZATION_FAILED)', async () => {
    expect(await produceBytesAs('reports', Topics.points, 1)).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it('refuses the gateway writing reports.events: it may write accounts.events only', async () => {
    expect(await produceBytesAs('gateway', Topics.reports, 1)).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it("refuses points writing another group's dead-letter topic", async () => {
    expect(await produceBytesAs('points', deadLetterTopic(Topics.reports, ConsumerGroups.notifications), 1)).toBe(
      'TOPIC_AUTHORIZATION_FAILED',
    );
  });

  it('refuses points reading a topic it does not subscribe to (TOPIC_AUTHORIZATION_FAILED)', async () => {
    expect(await consumeAs('points', Topics.notifications, ConsumerGroups.points)).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it("refuses points reading its own subscription with another service's group (GROUP_AUTHORIZATION_FAILED)", async () => {
    expect(await consumeAs('points', Topics.reports, ConsumerGroups.notifications)).toBe('GROUP_AUTHORIZATION_FAILED');
  });

  it('refuses a client without credentials', async () => {
    const admin = new Kafka({
      clientId: 'acl-spec-anonymous',
      brokers: readTestInfra().kafka.brokers,
      logLevel: logLevel.NOTHING,
      connectionTimeout: 2_000,
      requestTimeout: 2_000,
      retry: { retries: 0 },
    }).admin();
    try {
      await expect(admin.connect().then(() => admin.listTopics())).rejects.toThrow();
    } finally {
      await admin.disconnect();
    }
  });

  it('refuses a service principal with a wrong password', async () => {
    const admin = kafkaAs('reports', 'not-the-password').admin({ retry: { retries: 0 } });
    try {
      await expect(admin.connect()).rejects.toThrow(/SASL SCRAM SHA512 authentication failed/);
    } finally {
      await admin.disconnect();
    }
  });
});
