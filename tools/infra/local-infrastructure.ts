import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { allTopicSpecs } from '@waystation/contracts';
import type { KafkaEndpoint } from './kafka-client';
import { startKafka, stopKafka } from './kafka-broker';
import { createMissingTopics } from './missing-topics';
import { startPostgres, stopPostgres } from './postgres';
import type { PostgresConnection } from './postgres-connection';
import { ensureDatabases } from './postgres-databases';

export interface LocalInfrastructurePorts {
  postgres: number;
  kafka: number;
  kafkaController: number;
}

export interface LocalInfrastructureOptions {
  /** Holds both servers' data: `<dataDir>/postgres` and `<dataDir>/kafka`. */
  dataDir: string;
  ports: LocalInfrastructurePorts;
  /** Created on the local PostgreSQL when missing (an external server must already have them). */
  databases: readonly string[];
  /** Empties both data directories first (stopping servers a killed run left on them). */
  fresh?: boolean;
  /** Servers already running elsewhere, used instead of starting that one here; topics are still created. */
  external?: { postgres?: PostgresConnection; kafka?: KafkaEndpoint };
}

/** Where both servers answer, the tooling's principal on each. */
export interface LocalInfrastructure {
  postgres: PostgresConnection;
  kafka: KafkaEndpoint;
  /** Stops the servers this call started, leaving external ones alone. */
  stop(): Promise<void>;
}

export const localPostgresDir = (dataDir: string) => join(dataDir, 'postgres');
export const localKafkaDir = (dataDir: string) => join(dataDir, 'kafka');

/**
 * The local infrastructure of `npm start`, the tests and the bench: PostgreSQL with the given databases and Kafka
 * with every topic of the contracts, started side by side. If either fails, whatever was started is stopped again
 * before rethrowing.
 */
export async function startLocalInfrastructure(options: LocalInfrastructureOptions): Promise<LocalInfrastructure> {
  const { dataDir, external = {} } = options;
  if (options.fresh) {
    await stopLocalInfrastructure(dataDir);
    await Promise.all([localKafkaDir(dataDir), localPostgresDir(dataDir)].map((dir) => rm(dir, { recursive: true, force: true })));
  }
  const stop = () => stopServers(dataDir, { postgres: !external.postgres, kafka: !external.kafka });
  // Both starts are settled before any clean-up, so no server can come up after it.
  const [postgres, kafka] = await Promise.allSettled([
    external.postgres ?? startLocalPostgres(localPostgresDir(dataDir), options.ports.postgres, options.databases),
    startOrReuseKafka(external.kafka, localKafkaDir(dataDir), options.ports),
  ]);
  if (postgres.status === 'rejected' || kafka.status === 'rejected') {
    await stop();
    throw postgres.status === 'rejected' ? postgres.reason : (kafka as PromiseRejectedResult).reason;
  }
  return { postgres: postgres.value, kafka: kafka.value, stop };
}

/** Stops both local servers of `dataDir`; safe when they are not running, or were never started. */
export function stopLocalInfrastructure(dataDir: string): Promise<void> {
  return stopServers(dataDir, { postgres: true, kafka: true });
}

async function stopServers(dataDir: string, which: { postgres: boolean; kafka: boolean }): Promise<void> {
  const results = await Promise.allSettled([
    which.kafka ? stopKafka(localKafkaDir(dataDir)) : undefined,
    which.postgres ? stopPostgres(localPostgresDir(dataDir)) : undefined,
  ]);
  const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason);
  if (failures.length > 0) {
    throw new AggregateError(failures, `Could not stop the local infrastructure in ${dataDir}`);
  }
}

async function startLocalPostgres(dataDir: string, port: number, databases: readonly string[]): Promise<PostgresConnection> {
  const connection = await startPostgres({ dataDir, port });
  await ensureDatabases(connection, databases);
  return connection;
}

async function startOrReuseKafka(
  external: KafkaEndpoint | undefined,
  dataDir: string,
  ports: LocalInfrastructurePorts,
): Promise<KafkaEndpoint> {
  const kafka = external ?? (await startKafka({ dataDir, port: ports.kafka, controllerPort: ports.kafkaController }));
  await createMissingTopics(kafka, allTopicSpecs());
  return kafka;
}
