import { WaystationSystem } from '@waystation/system';
import { startTestSystem } from '@waystation/testing';
import { confirmThroughFault, exactlyOnce } from './confirm-through-fault';

const CONFIRMATIONS = 500;

describe('fault: the points service killed with SIGKILL while it credits', () => {
  let system: WaystationSystem;

  beforeAll(async () => {
    system = await startTestSystem();
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  }, 60_000);

  it(`credits exactly ${CONFIRMATIONS} reports, each once, when points is killed -9 mid-run and started again`, async () => {
    const outcome = await confirmThroughFault(system, 'points killed -9', {
      count: CONFIRMATIONS,
      faultAfter: CONFIRMATIONS / 2,
      fault: () => system.restart('points', 'kill'),
      settleTimeoutMs: 120_000,
    });

    expect(outcome).toEqual(exactlyOnce(CONFIRMATIONS));
  }, 420_000);
});
