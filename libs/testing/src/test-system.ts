import { GatewayReplica, WaystationSystem } from '@waystation/system';
import { join } from 'node:path';
import { importDemoMap } from './city-map';
import { databaseUrl, readTestInfra, slotPort, TEST_INFRA_DIR, TEST_PHOTO_DIR, TEST_SMS_OUTBOX } from './infra-state';

/** The tests' system runs on ports 1000 above `npm start`'s, so both can run on one machine. */
const TEST_PORT_OFFSET = 1_000;

/**
 * Starts the five apps as separate processes on the run's PostgreSQL and Kafka, with the Jiangxia demo map
 * imported and known to reports (so reports in it are accepted); stop it in afterAll.
 */
export async function startTestSystem(): Promise<WaystationSystem> {
  const system = new WaystationSystem({
    layout: {
      host: '127.0.0.1',
      portOffset: slotPort(TEST_PORT_OFFSET),
      kafkaBrokers: readTestInfra().kafka.brokers,
      databaseUrl,
      smsOutbox: TEST_SMS_OUTBOX,
      photoDir: TEST_PHOTO_DIR,
      oneClientAddress: true,
    },
    logDir: join(TEST_INFRA_DIR, 'logs'),
    logLevel: process.env.TEST_LOG_LEVEL ?? 'warn',
  });
  try {
    await system.start();
    await importDemoMap(system.url('gateway'));
  } catch (error) {
    await system.stop();
    throw error;
  }
  return system;
}

/**
 * Between the ports of two slots' systems (each slot's are 10 apart, on 0 to 4 above a hundred): a second gateway
 * replica of this slot's system takes its gateway's ports plus this.
 */
const SECOND_GATEWAY_PORT_SHIFT = 5;

/** A second gateway replica of a system startTestSystem started, on the same services; stop it before the system. */
export function startSecondGateway(system: WaystationSystem): Promise<GatewayReplica> {
  return system.startGatewayReplica(SECOND_GATEWAY_PORT_SHIFT);
}
