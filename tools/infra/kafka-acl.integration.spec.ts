import {
  ConsumerGroups,
  deadLetterTopic,
  developmentKafkaPassword,
  type ServiceName,
  ServiceNames,
  Subscriptions,
  Topics,
  topicSpecsOwnedBy,
} from '@waystation/contracts';
import { readTestInfra, testKafka } from '@waystation/testing';
import { ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import { kafkaClient } from './kafka-client';

const CONSUMERS = ['stations', 'reports', 'points', 'notifications'] as const;

/** A client authenticated as `service`, the way the app is (its own principal, its development password). */
function kafkaAs(service: ServiceName, password = developmentKafkaPassword(service)): Kafka {
  const { brokers } = readTestInfra().kafka;
  return kafkaClient({ brokers, sasl: { username: service, password } }, `acl-spec-${service}`, logLevel.NOTHING);
}

/**
 * Like kafkaAs, collecting the broker errors kafkajs only logs: it reports a refused FindCoordinator as "group
 * coordinator not found" and logs the broker's GROUP_AUTHORIZATION_FAILED at debug level.
 */
function kafkaCollectingErrorsAs(service: ServiceName, brokerErrors: string[]): Kafka {
  return new Kafka({
    clientId: `acl-spec-${service}`,
    brokers: readTestInfra().kafka.brokers,
    sasl: { mechanism: 'scram-sha-512', username: service, password: developmentKafkaPassword(service) },
    logLevel: logLevel.DEBUG,
    logCreator:
      () =>
      ({ log }) => {
        const error = (log as { error?: { type?: string } }).error;
        if (error?.type) brokerErrors.push(error.type);
      },
  });
}

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
 * Produces as `service` with the idempotent producer the relay uses, and returns the broker's error code. The
 * message is one byte over the broker's limit: the broker checks authorization first, so an authorized write
 * is refused only for its size (MESSAGE_TOO_LARGE) and nothing lands on the topics the other specs share.
 */
async function produceAs(service: ServiceName, topic: string, valueBytes: number): Promise<string> {
  const producer = kafkaAs(service).producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: 1, initialRetryTime: 50 } });
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages: [{ value: Buffer.alloc(valueBytes) }] });
    return 'written';
  } catch (error) {
    return errorType(error);
  } finally {
    await producer.disconnect();
  }
}

/**
 * Joins `groupId` as `service`, subscribed to `topic`, and resolves with 'fetched' once the first fetch from the
 * topic succeeded, or with the error that stopped the consumer. Commits nothing, so the real groups keep their offsets.
 */
async function consumeAs(service: ServiceName, topic: string, groupId: string): Promise<string> {
  const brokerErrors: string[] = [];
  const consumer = kafkaCollectingErrorsAs(service, brokerErrors).consumer({
    groupId,
    maxWaitTimeInMs: 100,
    retry: { retries: 0, restartOnFailure: async () => false },
  });
  try {
    await consumer.connect();
    const outcome = new Promise<string>((resolve) => {
      consumer.on(consumer.events.FETCH, () => resolve('fetched'));
      consumer.on(consumer.events.CRASH, ({ payload }) =>
        resolve(brokerErrors.find((type) => type.endsWith('_AUTHORIZATION_FAILED')) ?? errorType(payload.error)),
      );
    });
    await consumer.subscribe({ topic, fromBeginning: false });
    await consumer.run({ autoCommit: false, eachMessage: async () => undefined });
    return await outcome;
  } catch (error) {
    return errorType(error);
  } finally {
    await consumer.disconnect();
  }
}

/** The broker's error code, which kafkajs may wrap in errors of its own (`cause`). */
function errorType(error: unknown): string {
  const { type, name, cause } = error as { type?: string; name?: string; cause?: unknown };
  if (type) return type;
  if (cause) return errorType(cause);
  return name ?? String(error);
}

describe('Kafka principals and ACLs on the embedded broker', () => {
  let oversized: number;

  beforeAll(async () => {
    oversized = (await maxMessageBytes()) + 1;
  });

  it.each(ServiceNames.flatMap((service) => topicSpecsOwnedBy(service).map(({ topic }) => ({ service, topic }))))(
    '$service may write $topic (its own topic or dead-letter topic)',
    async ({ service, topic }) => {
      expect(await produceAs(service, topic, oversized)).toBe('MESSAGE_TOO_LARGE');
    },
  );

  it.each(CONSUMERS.flatMap((service) => Subscriptions[service].map((topic) => ({ service, topic }))))(
    '$service may read $topic with its own group',
    async ({ service, topic }) => {
      expect(await consumeAs(service, topic, ConsumerGroups[service])).toBe('fetched');
    },
  );

  it('refuses reports writing points.events (TOPIC_AUTHORIZATION_FAILED)', async () => {
    expect(await produceAs('reports', Topics.points, 1)).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it('refuses the gateway writing reports.events: it may write accounts.events only', async () => {
    expect(await produceAs('gateway', Topics.reports, 1)).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it("refuses points writing another group's dead-letter topic", async () => {
    expect(await produceAs('points', deadLetterTopic(Topics.reports, ConsumerGroups.notifications), 1)).toBe('TOPIC_AUTHORIZATION_FAILED');
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
