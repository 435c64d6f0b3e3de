import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { allTopicSpecs } from '@waystation/contracts';
import {
  ensureDatabases,
  ensureTopics,
  type KafkaInstance,
  type PostgresConnection,
  startKafka,
  startPostgres,
  stopKafka,
  stopPostgres,
} from '@waystation/infra';
import { DATABASES } from '@waystation/system';
import { slotPort, TEST_INFRA_DIR, type TestInfra, writeTestInfra } from './infra-state';

const KAFKA = { dataDir: join(TEST_INFRA_DIR, 'kafka'), port: slotPort(19092), controllerPort: slotPort(19093) };
const POSTGRES = { dataDir: join(TEST_INFRA_DIR, 'postgres'), port: slotPort(15432) };

/**
 * Starts PostgreSQL and Kafka from empty data directories, creates every database and topic, and records
 * where they are for the specs. If anything fails, whatever was started is stopped again before rethrowing.
 */
export async function startTestInfra(): Promise<TestInfra> {
  // A previous run killed before its teardown may have left servers running on these directories.
  await stopTestInfra();
  await Promise.all([KAFKA.dataDir, POSTGRES.dataDir].map((dir) => rm(dir, { recursive: true, force: true })));
  // Both starts are settled before any clean-up, so no server can come up after it.
  const [postgres, kafka] = await Promise.allSettled([startTestPostgres(), startTestKafka()]);
  if (postgres.status === 'rejected' || kafka.status === 'rejected') {
    await stopTestInfra();
    throw postgres.status === 'rejected' ? postgres.reason : (kafka as PromiseRejectedResult).reason;
  }
  const infra: TestInfra = {
    kafka: { ...KAFKA, ...kafka.value },
    postgres: { ...postgres.value, dataDir: POSTGRES.dataDir },
  };
  writeTestInfra(infra);
  return infra;
}

/** Stops both servers; safe when they are not running, or were never started. */
export async function stopTestInfra(): Promise<void> {
  const results = await Promise.allSettled([stopKafka(KAFKA.dataDir), stopPostgres(POSTGRES.dataDir)]);
  const failures = results.filter((result) => result.status === 'rejected').map((result) => result.reason);
  if (failures.length > 0) {
    throw new AggregateError(failures, 'Could not stop the test infrastructure');
  }
}

async function startTestPostgres(): Promise<PostgresConnection> {
  const connection = await startPostgres(POSTGRES);
  await ensureDatabases(connection, DATABASES);
  return connection;
}

async function startTestKafka(): Promise<KafkaInstance> {
  const kafka = await startKafka(KAFKA);
  await ensureTopics(kafka, allTopicSpecs());
  return kafka;
}
