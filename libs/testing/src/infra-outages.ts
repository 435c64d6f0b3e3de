import { startKafka, startPostgres, stopKafka, stopPostgres } from '@waystation/infra';
import { setTimeout as sleep } from 'node:timers/promises';
import { readTestInfra } from './infra-state';

/** Stops the run's PostgreSQL with a fast shutdown (every session is cut), as a restart or a failover does. */
export async function stopTestPostgres(): Promise<void> {
  await stopPostgres(readTestInfra().postgres.dataDir);
}

/** Starts the run's PostgreSQL again on the same data directory and port (or finds it running). */
export async function startTestPostgres(): Promise<void> {
  const { postgres } = readTestInfra();
  await startPostgres({ dataDir: postgres.dataDir, port: postgres.port });
}

/** Stops the run's Kafka broker (SIGTERM), keeps it down for `downMs`, and starts it again with its data. */
export async function restartTestKafka(downMs: number): Promise<void> {
  const { kafka } = readTestInfra();
  try {
    await stopKafka(kafka.dataDir);
    await sleep(downMs);
  } finally {
    await startKafka(kafka);
  }
}

/** Starts whichever of the run's servers is not running (each start reuses a running server), for afterAll. */
export async function ensureTestInfraRunning(): Promise<void> {
  await Promise.all([startKafka(readTestInfra().kafka), startTestPostgres()]);
}
