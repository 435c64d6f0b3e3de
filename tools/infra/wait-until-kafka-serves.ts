import { Kafka, logLevel, type SASLOptions } from 'kafkajs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface KafkaServesOptions {
  brokers: string[];
  sasl: SASLOptions;
  /** The cluster the broker was formatted for: another Kafka answering on the same port does not count. */
  clusterId: string;
  timeoutMs: number;
  /** Checked between attempts, so a broker that died is reported at once instead of at the deadline. */
  isProcessAlive: () => Promise<boolean>;
  /** Builds the text appended to a failure, typically the tail of the broker's logs. */
  describeFailure: () => Promise<string>;
}

const READINESS_GROUP = 'waystation-readiness';

/**
 * Resolves once the broker answers DescribeCluster for the expected cluster and its group coordinator serves;
 * throws with the broker's logs if it dies or does not get there in time.
 */
export async function waitUntilKafkaServes(options: KafkaServesOptions): Promise<void> {
  // Refused connections are expected while the JVM starts, so kafkajs must not log them.
  const kafka = new Kafka({
    clientId: 'waystation-infra-readiness',
    brokers: options.brokers,
    sasl: options.sasl,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1_000,
    requestTimeout: 5_000,
    retry: { retries: 0 },
  });
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (!(await options.isProcessAlive())) {
      throw new Error(`Kafka exited while starting.\n${await options.describeFailure()}`);
    }
    const admin = kafka.admin();
    try {
      await admin.connect();
      const { clusterId } = await admin.describeCluster();
      if (clusterId !== options.clusterId) {
        throw new Error(`another Kafka cluster (${clusterId}) answers on ${options.brokers.join(',')}`);
      }
      // A fresh broker creates and loads __consumer_offsets on the first group lookup; until it has, the
      // first consumer to join crashes with COORDINATOR_LOAD_IN_PROGRESS and restarts.
      await admin.describeGroups([READINESS_GROUP]);
      return;
    } catch (error) {
      lastError = error;
    } finally {
      await admin.disconnect();
    }
    await sleep(250);
  }
  throw new Error(
    `Kafka at ${options.brokers.join(',')} was not ready after ${options.timeoutMs / 1000} s ` +
      `(last error: ${(lastError as Error | undefined)?.message ?? 'none'}).\n${await options.describeFailure()}`,
  );
}
