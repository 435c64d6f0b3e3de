import { allTopicSpecs } from '@waystation/contracts';
import { DATABASES, WaystationSystem } from '@waystation/system';
import { connectionUrl, ensureDatabases, ensureTopics, startKafka, startPostgres, stopKafka, stopPostgres } from '@waystation/infra';
import { join } from 'node:path';
import { kafkaToolingEndpoint } from './kafka-tooling.config';
import { seedDemo } from './seed/seed-demo';
import { startBanner } from './start-banner';

const STATE_DIR = join(__dirname, '..', '.waystation', 'dev');
const POSTGRES_DIR = join(STATE_DIR, 'postgres');
const KAFKA_DIR = join(STATE_DIR, 'kafka');

/**
 * `npm start`: PostgreSQL and Kafka on this machine (unless KAFKA_BROKERS / *_DATABASE_URL point elsewhere),
 * the five apps, demo data; Ctrl-C stops everything it started.
 */
async function main(): Promise<void> {
  const externalBrokers = process.env.KAFKA_BROKERS;
  const externalPostgres = process.env.POSTGRES_URL;
  const external = { kafka: Boolean(externalBrokers), postgres: Boolean(externalPostgres) };
  log(`state and logs in ${STATE_DIR}`);
  const postgres = externalPostgres ? undefined : await startPostgres({ dataDir: POSTGRES_DIR, port: 54320 });
  const databaseUrl = (database: string) =>
    postgres ? connectionUrl(postgres, database) : `${externalPostgres?.replace(/\/[^/]*$/, '')}/${database}`;
  if (postgres) await ensureDatabases(postgres, [...DATABASES]);
  log('PostgreSQL is up');
  const kafka = externalBrokers ? kafkaToolingEndpoint() : await startKafka({ dataDir: KAFKA_DIR, port: 9092, controllerPort: 9093 });
  await ensureTopics(kafka, allTopicSpecs());
  const kafkaBrokers = kafka.brokers;
  log(`Kafka is up at ${kafkaBrokers.join(',')}`);

  const system = new WaystationSystem({
    layout: { host: '127.0.0.1', portOffset: 0, kafkaBrokers, databaseUrl },
    logDir: join(STATE_DIR, 'logs'),
    logLevel: process.env.LOG_LEVEL ?? 'info',
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await system.stop();
    if (!external.kafka) await stopKafka(KAFKA_DIR);
    if (!external.postgres) await stopPostgres(POSTGRES_DIR);
    log('stopped');
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void stop().then(() => process.exit(0)));
  }

  try {
    await system.start();
    await seedDemo(system.url('gateway'));
  } catch (error) {
    await stop();
    throw error;
  }
  log(startBanner({ gatewayUrl: system.url('gateway'), managementUrl: system.managementUrl('gateway'), logDir: join(STATE_DIR, 'logs') }).text);
}

function log(message: string): void {
  console.log(`[waystation] ${message}`);
}

main().catch((error) => {
  console.error('[waystation] start failed:', error);
  process.exit(1);
});
