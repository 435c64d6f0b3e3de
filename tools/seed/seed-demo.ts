import { ActorInput, Page } from '@waystation/contracts';
import { ReportView, SessionView, StationView } from '@waystation/http-api';
import { DEMO_AREAS } from './demo-areas';
import { DEMO_ADMIN, DEMO_SESSIONS, DEMO_STAFF, DEMO_STATIONS, DEMO_WORKER, DemoSession } from './demo-data';

/**
 * Loads the demo through the public API, as clients would: the Jiangxia map (a re-import changes nothing), stations
 * (which take their community from it), then one report by the demo worker confirmed by the demo staff member
 * (so the worker has points and notifications), and service sessions in the coming days. Skips what exists.
 */
export async function seedDemo(gatewayUrl: string): Promise<void> {
  await call(gatewayUrl, 'POST', '/api/v1/areas/import', DEMO_AREAS, DEMO_ADMIN);
  const stations = await call<Page<StationView>>(gatewayUrl, 'GET', '/api/v1/stations?limit=100');
  if (stations.items.length === 0) {
    for (const station of DEMO_STATIONS) await call(gatewayUrl, 'POST', '/api/v1/stations', station, DEMO_ADMIN);
  }
  await seedSessions(gatewayUrl);
  const reports = await call<Page<ReportView>>(gatewayUrl, 'GET', '/api/v1/reports', undefined, DEMO_WORKER);
  if (reports.items.length === 0) {
    const report = await call<ReportView>(
      gatewayUrl,
      'POST',
      '/api/v1/reports',
      {
        category: 'exposed-garbage',
        description: '文化大道与江夏大道路口垃圾桶满溢，垃圾散落在人行道上',
        location: { lat: 30.3721, lng: 114.3217 },
        address: '武汉市江夏区文化大道与江夏大道交叉口',
      },
      DEMO_WORKER,
    );
    await call(gatewayUrl, 'POST', `/api/v1/reports/${report.id}/confirm`, { note: '已核实，已通知环卫' }, DEMO_STAFF);
    await call(
      gatewayUrl,
      'POST',
      '/api/v1/reports',
      { category: 'safety-hazard', description: '纸坊大街人行道井盖松动', location: { lat: 30.3552, lng: 114.3161 } },
      DEMO_WORKER,
    );
  }
}

async function seedSessions(gatewayUrl: string): Promise<void> {
  const stations = (await call<Page<StationView>>(gatewayUrl, 'GET', '/api/v1/stations?limit=100')).items;
  const byName = new Map(stations.map((station) => [station.names['zh-CN'], station.id]));
  for (const demo of DEMO_SESSIONS) {
    const stationId = byName.get(DEMO_STATIONS[demo.station].names['zh-CN']);
    if (!stationId) continue;
    const upcoming = await call<Page<SessionView>>(gatewayUrl, 'GET', `/api/v1/stations/${stationId}/sessions?limit=100`);
    if (upcoming.items.some((session) => session.serviceCode === demo.session.serviceCode)) continue;
    await call(gatewayUrl, 'POST', `/api/v1/stations/${stationId}/sessions`, { ...demo.session, ...sessionTimes(demo) }, DEMO_ADMIN);
  }
}

/** The session's start and end `inDays` from today, at its Asia/Shanghai (UTC+8, no daylight saving) hours. */
function sessionTimes({ inDays, from, to }: DemoSession): { startsAt: string; endsAt: string } {
  const shanghaiNow = new Date(Date.now() + 8 * 3_600_000);
  const day = Date.UTC(shanghaiNow.getUTCFullYear(), shanghaiNow.getUTCMonth(), shanghaiNow.getUTCDate() + inDays);
  const at = (hour: number) => new Date(day + (hour - 8) * 3_600_000).toISOString();
  return { startsAt: at(from), endsAt: at(to) };
}

async function call<T = unknown>(baseUrl: string, method: string, path: string, body?: unknown, actor?: ActorInput): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(actor ? { 'x-dev-user-id': actor.id, 'x-dev-user-role': actor.role } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`Seeding failed: ${method} ${path} answered ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
