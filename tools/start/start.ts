import { connectionUrl, startLocalInfrastructure } from '@waystation/infra';
import { seedDemo } from '@waystation/seed';
import { buildWebApp, DATABASES, WaystationSystem } from '@waystation/system';
import { join } from 'node:path';
import { loadStartConfig } from './start.config';
import { startBanner } from './start-banner';

const STATE_DIR = join(__dirname, '..', '..', '.waystation', 'dev');
const SMS_OUTBOX = join(STATE_DIR, 'sms-outbox.jsonl');
const PORTS = { postgres: 54320, kafka: 9092, kafkaController: 9093 };

/**
 * `npm start`: PostgreSQL and Kafka on this machine (unless KAFKA_BROKERS / POSTGRES_URL point elsewhere),
 * the worker app built for the gateway to serve, the five apps, demo data; Ctrl-C stops everything it started.
 */
async function main(): Promise<void> {
  const config = loadStartConfig();
  log(`state and logs in ${STATE_DIR}`);
  log('building the worker app…');
  await buildWebApp();
  const infra = await startLocalInfrastructure({ dataDir: STATE_DIR, ports: PORTS, databases: DATABASES, external: config.external });
  log(`PostgreSQL is up at ${infra.postgres.host}:${infra.postgres.port}`);
  const kafkaBrokers = infra.kafka.brokers;
  log(`Kafka is up at ${kafkaBrokers.join(',')}`);

  const system = new WaystationSystem({
    layout: {
      host: '127.0.0.1',
      portOffset: 0,
      kafkaBrokers,
      databaseUrl: (database) => connectionUrl(infra.postgres, database),
      smsOutbox: SMS_OUTBOX,
      photoDir: join(STATE_DIR, 'photos'),
    },
    logDir: join(STATE_DIR, 'logs'),
    logLevel: config.logLevel,
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await system.stop();
    await infra.stop();
    log('stopped');
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void stop().then(() => process.exit(0)));
  }

  try {
    await system.start();
    await seedDemo(system.url('gateway'), { smsOutbox: SMS_OUTBOX });
  } catch (error) {
    await stop();
    throw error;
  }
  log(
    startBanner({
      gatewayUrl: system.url('gateway'),
      managementUrl: system.managementUrl('gateway'),
      logDir: join(STATE_DIR, 'logs'),
      smsOutbox: SMS_OUTBOX,
    }).text,
  );
}

function log(message: string): void {
  console.log(`[waystation] ${message}`);
}

main().catch((error) => {
  console.error('[waystation] start failed:', error);
  process.exit(1);
});
