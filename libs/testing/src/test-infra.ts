import { localKafkaDir, localPostgresDir, startLocalInfrastructure, stopLocalInfrastructure } from '@waystation/infra';
import { DATABASES } from '@waystation/system';
import { slotPort, TEST_INFRA_DIR, type TestInfra, writeTestInfra } from './infra-state';

const PORTS = { postgres: slotPort(15432), kafka: slotPort(19092), kafkaController: slotPort(19093) };

/**
 * Starts PostgreSQL and Kafka from empty data directories, creates every database and topic, and records
 * where they are for the specs. If anything fails, whatever was started is stopped again before rethrowing.
 */
export async function startTestInfra(): Promise<TestInfra> {
  const { postgres, kafka } = await startLocalInfrastructure({ dataDir: TEST_INFRA_DIR, ports: PORTS, databases: DATABASES, fresh: true });
  const infra: TestInfra = {
    kafka: { ...kafka, dataDir: localKafkaDir(TEST_INFRA_DIR), port: PORTS.kafka, controllerPort: PORTS.kafkaController },
    postgres: { ...postgres, dataDir: localPostgresDir(TEST_INFRA_DIR) },
  };
  writeTestInfra(infra);
  return infra;
}

/** Stops both servers; safe when they are not running, or were never started. */
export function stopTestInfra(): Promise<void> {
  return stopLocalInfrastructure(TEST_INFRA_DIR);
}
