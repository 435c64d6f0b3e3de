import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectionUrl, type KafkaEndpoint, type PostgresConnection } from '@waystation/infra';
import { REPO_ROOT } from './repo-root';

/** What the jest global setup started, as the specs (running in other processes) need to know it. */
export interface TestInfra {
  /** `sasl` is the admin principal: the harness may do anything; the apps use their own principals. */
  kafka: KafkaEndpoint & { dataDir: string; port: number; controllerPort: number };
  postgres: PostgresConnection & { dataDir: string };
}

/**
 * WAYSTATION_TEST_SLOT (0 by default) lets several test runs share a machine: each slot has its own
 * directory and ports.
 */
export const TEST_SLOT = Number(process.env.WAYSTATION_TEST_SLOT ?? 0);

/** Everything the test infrastructure owns lives here, away from `npm start`'s data. */
export const TEST_INFRA_DIR = join(REPO_ROOT, '.waystation', TEST_SLOT ? `test-${TEST_SLOT}` : 'test');

/** Where the tests' gateways (the test system's, and those a spec starts) write the one-time codes they send. */
export const TEST_SMS_OUTBOX = join(TEST_INFRA_DIR, 'sms-outbox.jsonl');

/** Where the tests' reports services (the test system's, and those a spec starts) keep photos in their local store. */
export const TEST_PHOTO_DIR = join(TEST_INFRA_DIR, 'photos');

/** Shifts a port by the slot, keeping slots ten ports apart. */
export const slotPort = (port: number) => port + 10 * TEST_SLOT;
const TEST_INFRA_FILE = join(TEST_INFRA_DIR, 'infra.json');

export function writeTestInfra(infra: TestInfra): void {
  mkdirSync(TEST_INFRA_DIR, { recursive: true });
  writeFileSync(TEST_INFRA_FILE, `${JSON.stringify(infra, null, 2)}\n`);
}

export function readTestInfra(): TestInfra {
  try {
    return JSON.parse(readFileSync(TEST_INFRA_FILE, 'utf8')) as TestInfra;
  } catch (error) {
    throw new Error(
      `No test infrastructure described in ${TEST_INFRA_FILE}: a spec that needs it must be named *.integration.spec.ts ` +
        '(or *.e2e.spec.ts), so it runs in the integration jest project, whose global setup starts PostgreSQL and Kafka and writes that file.',
      { cause: error },
    );
  }
}

/** URL of a database created by the global setup, e.g. databaseUrl('reports'). */
export function databaseUrl(database: string): string {
  return connectionUrl(readTestInfra().postgres, database);
}
