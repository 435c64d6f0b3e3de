import { WaystationSystem } from '@waystation/system';
import { join } from 'node:path';
import { databaseUrl, readTestInfra, slotPort, TEST_INFRA_DIR } from './infra-state';
import { testTokenIssuer } from './test-token-issuer';

/** The tests' system runs on ports 1000 above `npm start`'s, so both can run on one machine. */
const TEST_PORT_OFFSET = 1_000;

/** Starts the five apps as separate processes on the run's PostgreSQL and Kafka; stop it in afterAll. */
export async function startTestSystem(): Promise<WaystationSystem> {
  const system = new WaystationSystem({
    layout: { host: '127.0.0.1', portOffset: slotPort(TEST_PORT_OFFSET), kafkaBrokers: readTestInfra().kafka.brokers, databaseUrl },
    logDir: join(TEST_INFRA_DIR, 'logs'),
    logLevel: process.env.TEST_LOG_LEVEL ?? 'warn',
    // Until the gateway signs its own access tokens (feat/id-tokens), the services trust the test issuer, and
    // gatewayAs sends a token of it beside the development headers, for the gateway to forward.
    env: { ...(await testTokenIssuer.start()) },
  });
  try {
    await system.start();
  } catch (error) {
    await system.stop();
    throw error;
  }
  return system;
}
