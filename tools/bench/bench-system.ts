import {
  connectionUrl,
  type LocalInfrastructure,
  type LocalInfrastructurePorts,
  startLocalInfrastructure,
  stopLocalInfrastructure,
} from '@waystation/infra';
import { DATABASES, WaystationSystem } from '@waystation/system';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface BenchSystemOptions {
  /** The bench's folder under `.waystation/`, emptied first: its servers' data, the apps' logs, the SMS outbox. */
  name: string;
  /** Its own PostgreSQL and Kafka ports, so benches and tests can run side by side. */
  ports: LocalInfrastructurePorts;
  /** Added to every app's default port. */
  portOffset: number;
}

/** A bench's own PostgreSQL, Kafka and five apps on 127.0.0.1. */
export interface BenchSystem {
  infra: Pick<LocalInfrastructure, 'postgres' | 'kafka'>;
  system: WaystationSystem;
  gateway: string;
  /** Where the gateway's development SMS provider writes the codes the bench signs workers in with. */
  smsOutbox: string;
  /** Stops the apps, then the servers. */
  stop(): Promise<void>;
}

/**
 * Starts a bench's system from a clean slate: servers a killed run left behind are stopped and their data removed,
 * and the gateway's per-address limits are lifted (every bench client is 127.0.0.1).
 */
export async function startBenchSystem({ name, ports, portOffset }: BenchSystemOptions): Promise<BenchSystem> {
  const stateDir = join(__dirname, '..', '..', '.waystation', name);
  await stopLocalInfrastructure(stateDir);
  await rm(stateDir, { recursive: true, force: true });
  const infra = await startLocalInfrastructure({ dataDir: stateDir, ports, databases: DATABASES });
  const smsOutbox = join(stateDir, 'sms-outbox.jsonl');
  const system = new WaystationSystem({
    layout: {
      host: '127.0.0.1',
      portOffset,
      kafkaBrokers: infra.kafka.brokers,
      databaseUrl: (db) => connectionUrl(infra.postgres, db),
      smsOutbox,
      photoDir: join(stateDir, 'photos'),
      oneClientAddress: true,
    },
    logDir: join(stateDir, 'logs'),
    logLevel: 'warn',
  });
  const stop = async () => {
    await system.stop().catch((error) => console.error(`[${name}] stopping the apps failed: ${error}`));
    await infra.stop();
  };
  try {
    await system.start();
  } catch (error) {
    await stop();
    throw error;
  }
  return { infra, system, gateway: system.url('gateway'), smsOutbox, stop };
}
