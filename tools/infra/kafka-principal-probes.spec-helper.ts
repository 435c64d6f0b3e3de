import { developmentKafkaPassword } from '@waystation/contracts';
import { readTestInfra } from '@waystation/testing';
import { Kafka, type KafkaMessage, logLevel } from 'kafkajs';
import { kafkaClient } from './kafka-client';

/** A client authenticated as `principal`, the way its owner is (its own principal, its development password). */
export function kafkaAs(principal: string, password = developmentKafkaPassword(principal)): Kafka {
  const { brokers } = readTestInfra().kafka;
  return kafkaClient({ brokers, sasl: { username: principal, password } }, `acl-spec-${principal}`, logLevel.NOTHING);
}

/**
 * Like kafkaAs, collecting the broker errors kafkajs only logs: it reports a refused FindCoordinator as "group
 * coordinator not found" and logs the broker's GROUP_AUTHORIZATION_FAILED at debug level.
 */
function kafkaCollectingErrorsAs(principal: string, brokerErrors: string[]): Kafka {
  return new Kafka({
    clientId: `acl-spec-${principal}`,
    brokers: readTestInfra().kafka.brokers,
    sasl: { mechanism: 'scram-sha-512', username: principal, password: developmentKafkaPassword(principal) },
    logLevel: logLevel.DEBUG,
    logCreator:
      () =>
      ({ log }) => {
        const error = (log as { error?: { type?: string } }).error;
        if (error?.type) brokerErrors.push(error.type);
      },
  });
}

/**
 * Produces as `principal`, by default with the idempotent producer the relay uses, and returns 'written' or the
 * broker's error code.
 */
export async function produceAs(
  principal: string,
  topic: string,
  message: { key?: string; value: Buffer | string },
  { idempotent = true } = {},
): Promise<string> {
  const producer = kafkaAs(principal).producer({ idempotent, maxInFlightRequests: 1, retry: { retries: 1, initialRetryTime: 50 } });
  try {
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: [message] });
    return 'written';
  } catch (error) {
    return errorType(error);
  } finally {
    await producer.disconnect();
  }
}

/**
 * Joins `groupId` as `principal`, subscribed to `topic`, and resolves with 'fetched' once the first fetch from the
 * topic succeeded (or, given `wanted`, with 'received' once a message it accepts arrived, reading from the
 * beginning), or with the error that stopped the consumer. Commits nothing, so the real groups keep their offsets.
 */
export async function consumeAs(
  principal: string,
  topic: string,
  groupId: string,
  wanted?: (message: KafkaMessage) => boolean,
): Promise<string> {
  const brokerErrors: string[] = [];
  const consumer = kafkaCollectingErrorsAs(principal, brokerErrors).consumer({
    groupId,
    maxWaitTimeInMs: 100,
    retry: { retries: 0, restartOnFailure: async () => false },
  });
  try {
    await consumer.connect();
    let received: () => void = () => undefined;
    const outcome = new Promise<string>((resolve) => {
      received = () => resolve('received');
      if (!wanted) consumer.on(consumer.events.FETCH, () => resolve('fetched'));
      consumer.on(consumer.events.CRASH, ({ payload }) =>
        resolve(brokerErrors.find((type) => type.endsWith('_AUTHORIZATION_FAILED')) ?? errorType(payload.error)),
      );
    });
    await consumer.subscribe({ topic, fromBeginning: Boolean(wanted) });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ message }) => {
        if (wanted?.(message)) received();
      },
    });
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
