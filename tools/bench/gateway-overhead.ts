import { pathOf, PointsRoutes } from '@waystation/http-api';
import { DEMO_WORKER, signInByPhone } from '@waystation/seed';
import { isDeepStrictEqual } from 'node:util';
import { request } from 'undici';
import { startBenchSystem } from './bench-system';
import { closedLoop, LoadResult } from './closed-loop';
import { cpuPerUnit, processCpuMs } from './cpu-usage';
import { loadGatewayOverheadBenchConfig } from './gateway-overhead-bench.config';

/**
 * `nx run bench:gateway-overhead`: what the gateway costs an authenticated read. A worker signs in for real; then
 * the same read, their points balance, is measured through the gateway (`GET /api/v1/me/points`: token and session
 * checked, then forwarded to points) and straight on the points service's own route with the same access token
 * (which points verifies against the gateway's JWKS), each at 32 concurrent requests for BENCH_GATEWAY_SECONDS.
 * Its own PostgreSQL, Kafka and apps; 127.0.0.1 only. Not a test: it prints figures.
 */
const { BENCH_GATEWAY_SECONDS: SECONDS } = loadGatewayOverheadBenchConfig();
const CONCURRENCY = 32;
const IDLE_SECONDS = 3;
/** The share of the direct throughput the gateway should keep. */
const TARGET = 0.7;

interface Side {
  origin: string;
  path: string;
}

async function main(): Promise<void> {
  const bench = await startBenchSystem({
    name: 'bench-gateway-overhead',
    ports: { postgres: 27432, kafka: 29292, kafkaController: 29293 },
    portOffset: 2_600,
  });
  try {
    const worker = await signInByPhone(bench.gateway, { ...DEMO_WORKER, smsOutbox: bench.smsOutbox });
    const headers = { authorization: `Bearer ${worker.accessToken}` };
    const { id: workerId } = await worker.call<{ id: string }>('GET', '/api/v1/me');
    const sides = {
      gateway: { origin: bench.gateway, path: '/api/v1/me/points' },
      direct: { origin: bench.system.url('points'), path: pathOf(PointsRoutes.balance, { workerId }) },
    };
    // Both answer the same account's balance (each as of its own moment), or the comparison is not of the same read.
    const [viaGateway, direct] = await Promise.all(Object.values(sides).map((side) => getBalance(side.origin, side.path, headers)));
    if (!isDeepStrictEqual(viaGateway, direct))
      throw new Error(`The two sides answer differently: ${JSON.stringify(viaGateway)} and ${JSON.stringify(direct)}`);

    const warmUp = Math.max(1, Math.round(SECONDS / 5));
    log(`warming up (${warmUp} s each)…`);
    for (const side of Object.values(sides)) await load(side, warmUp);
    log(`measuring each side for ${SECONDS} s at ${CONCURRENCY} concurrent requests…`);
    // The two apps' own CPU per request, read from /proc: where the time goes, whatever else the machine runs.
    // What each spends idle (Kafka consumers, outbox relays polling) is taken off first: at a low rate it would
    // weigh on every request.
    const apps = { gateway: bench.system.app('gateway').pid, points: bench.system.app('points').pid };
    const idleBefore = processCpuMs(apps);
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1_000));
    const idlePerSecond = new Map(cpuPerUnit(idleBefore, processCpuMs(apps), IDLE_SECONDS));
    const measure = async (side: Side) => {
      const before = processCpuMs(apps);
      const result = await load(side, SECONDS);
      const busy = new Map([...processCpuMs(apps)].map(([app, ms]) => [app, ms - (idlePerSecond.get(app) ?? 0) * SECONDS]));
      return { result, cpu: new Map(cpuPerUnit(before, busy, result.requests)) };
    };
    const gateway = await measure(sides.gateway);
    const service = await measure(sides.direct);
    const ratio = gateway.result.perSecond / service.result.perSecond;

    console.log(`
An authenticated read (a worker's points balance) through the gateway and straight on the points service,
the same access token, ${CONCURRENCY} concurrent requests, ${SECONDS} s each

  ${'route'.padEnd(44)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)}   CPU ms/request: gateway  points
${row(`gateway  GET ${sides.gateway.path}`, gateway)}
${row(`direct   GET ${PointsRoutes.balance.path}`, service)}
  (CPU: each app's own, less what it spends idle: ${[...idlePerSecond].map(([app, ms]) => `${app} ${ms.toFixed(0)} ms/s`).join(', ')})

  the gateway keeps ${(ratio * 100).toFixed(0)} % of the direct throughput (target ≥ ${TARGET * 100} %)
`);

    function load(side: Side, seconds: number): Promise<LoadResult> {
      return closedLoop(side.origin, { concurrency: CONCURRENCY, headers, path: () => side.path, seconds });
    }
  } finally {
    await bench.stop();
  }
}

async function getBalance(origin: string, path: string, headers: Record<string, string>): Promise<unknown> {
  const response = await request(`${origin}${path}`, { headers });
  if (response.statusCode !== 200) throw new Error(`${origin}${path}: ${response.statusCode} ${await response.body.text()}`);
  const { accountId, balance } = (await response.body.json()) as { accountId: string; balance: number };
  return { accountId, balance };
}

const row = (route: string, { result, cpu }: { result: LoadResult; cpu: Map<string, number> }) =>
  `  ${route.padEnd(44)} ${result.perSecond.toFixed(0).padStart(8)} ${result.p50.toFixed(1).padStart(8)} ${result.p99.toFixed(1).padStart(8)} ${String(result.errors).padStart(7)}   ${' '.repeat(15)}${ms(cpu.get('gateway'))}  ${ms(cpu.get('points'))}`;
const ms = (value = NaN) => value.toFixed(2).padStart(7);
const log = (message: string) => console.error(`[bench:gateway-overhead] ${message}`);

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
