import { WaystationSystem } from '@waystation/system';
import { ensureTestInfraRunning, restartTestKafka, startTestSystem } from '@waystation/testing';
import { confirmThroughFault, exactlyOnce } from './confirm-through-fault';

const CONFIRMATIONS = 500;
const KAFKA_DOWN_MS = 5_000;

describe('fault: the Kafka broker stopped and started again while reports are confirmed', () => {
  let system: WaystationSystem;

  beforeAll(async () => {
    system = await startTestSystem();
  }, 120_000);

  afterAll(async () => {
    await ensureTestInfraRunning();
    await system?.stop();
  }, 120_000);

  it(`credits exactly ${CONFIRMATIONS} reports, each once, across a broker stop and start`, async () => {
    const outcome = await confirmThroughFault(system, 'Kafka restarted', {
      count: CONFIRMATIONS,
      faultAfter: CONFIRMATIONS / 4,
      fault: () => restartTestKafka(KAFKA_DOWN_MS),
      settleTimeoutMs: 180_000,
    });

    expect(outcome).toEqual(exactlyOnce(CONFIRMATIONS));
  }, 480_000);
});
