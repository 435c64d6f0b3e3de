import { APPS, WaystationSystem } from '@waystation/system';
import { gatewayAs, readCounter, startTestSystem } from '@waystation/testing';

const SERVICES = APPS.map(({ name }) => name).filter((name) => name !== 'gateway');
const RAPID_CALLS = 30;
const READINESS_REQUESTS = 'waystation_readiness_requests_total';

describe('the gateway tells its readiness publicly without details, and keeps metrics and details inside', () => {
  let system: WaystationSystem;
  let gatewayUrl: string;

  beforeAll(async () => {
    system = await startTestSystem();
    gatewayUrl = system.url('gateway');
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  async function readinessRequestsPerService(): Promise<number[]> {
    return Promise.all(SERVICES.map((service) => readCounter(system.url(service), READINESS_REQUESTS, {})));
  }

  it('answers public readiness with its status alone: no service names, addresses or messages', async () => {
    const response = await gatewayAs(gatewayUrl).get('/health/ready').expect(200);

    expect(response.body).toEqual({ status: 'ok' });
    expect(response.text).not.toMatch(/127\.0\.0\.1|http:|stations|reports|points|notifications/);
  });

  it('serves /metrics and readiness details on the management port only', async () => {
    await gatewayAs(gatewayUrl).get('/metrics').expect(404);

    const metrics = await gatewayAs(system.managementUrl('gateway')).get('/metrics').expect(200);
    expect(metrics.text).toContain('process_cpu_seconds_total');
    const details = await gatewayAs(system.managementUrl('gateway')).get('/health/ready').expect(200);
    // Its own database, Kafka and outbox, and every service behind it.
    expect(Object.keys(details.body.details).sort()).toEqual(['database', 'kafka', 'live-updates', 'outbox', ...SERVICES].sort());
  });

  it(`reaches each service at most once for ${RAPID_CALLS} rapid public readiness calls, counted by the services`, async () => {
    // A fresh check first, so the rapid calls all fall in its cache window.
    await gatewayAs(gatewayUrl).get('/health/ready').expect(200);
    const before = await readinessRequestsPerService();
    expect(before.every((count) => count > 0)).toBe(true);

    const answers = await Promise.all(Array.from({ length: RAPID_CALLS }, () => gatewayAs(gatewayUrl).get('/health/ready')));

    expect(answers.map((answer) => answer.status)).toEqual(Array(RAPID_CALLS).fill(200));
    const after = await readinessRequestsPerService();
    const upstreamCalls = after.map((count, index) => count - before[index]);
    console.log(
      `${RAPID_CALLS} public readiness calls → readiness requests per service: ${SERVICES.map((s, i) => `${s} ${upstreamCalls[i]}`).join(', ')}`,
    );
    expect(Math.max(...upstreamCalls)).toBeLessThanOrEqual(1);
  });
});
