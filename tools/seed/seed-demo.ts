import { DEVELOPMENT_ADMIN, Page } from '@waystation/contracts';
import { ReportView, RewardView, SessionView, StationView, UploadedPhotoView } from '@waystation/http-api';
import { cameraJpeg } from './camera-jpeg';
import { DEMO_COMMUNITY_STAFF, DEMO_DEPARTMENT_USER, DEMO_STAFF_ACCOUNTS, DEMO_WORKER, DemoStaffAccount } from './demo-accounts';
import { DEMO_AREAS } from './demo-areas';
import { DEMO_SESSIONS, DEMO_STATIONS, DemoSession } from './demo-data';
import { seedDepartmentWork } from './department-work';
import { DEMO_REWARDS } from './demo-rewards';
import { submitOnceMapped } from './first-report';
import { GatewaySession, signInByPhone, signInWithPassword } from './gateway-session';

export interface SeedOptions {
  /** The gateway's GATEWAY_SMS_DEV_OUTBOX, where the demo worker's sign-in code is read. */
  smsOutbox: string;
}

/**
 * Loads the demo through the public API, as clients would, signed in as the demo accounts: the bootstrap admin
 * imports the Jiangxia map (a re-import changes nothing), creates the stations (which take their community from
 * it), their service sessions in the coming days, rewards stocked at the first station and the demo staff; the demo
 * worker signs up by phone and files reports that end up in every state a report can reach (see seedReports and
 * seedDepartmentWork). Skips what exists.
 */
export async function seedDemo(gatewayUrl: string, { smsOutbox }: SeedOptions): Promise<void> {
  const admin = await signInWithPassword(gatewayUrl, DEVELOPMENT_ADMIN.username, DEVELOPMENT_ADMIN.password);
  await admin.call('POST', '/api/v1/areas/import', DEMO_AREAS);
  let stations = await admin.call<Page<StationView>>('GET', '/api/v1/stations?limit=100');
  if (stations.items.length === 0) {
    for (const station of DEMO_STATIONS) await admin.call('POST', '/api/v1/stations', station);
    stations = await admin.call<Page<StationView>>('GET', '/api/v1/stations?limit=100');
  }
  await seedSessions(admin, stations.items);
  await seedRewards(admin, stations.items[0]);
  const stationIds = stations.items.map((station) => station.id);
  for (const account of DEMO_STAFF_ACCOUNTS) await createStaffUnlessTaken(admin, account, stationIds);

  const worker = await signInByPhone(gatewayUrl, { ...DEMO_WORKER, smsOutbox });
  const reports = await worker.call<Page<ReportView>>('GET', '/api/v1/reports');
  if (reports.items.length > 0) return;
  const staff = await signInAs(gatewayUrl, DEMO_COMMUNITY_STAFF);
  await seedReports(worker, staff);
  await seedDepartmentWork(admin, worker, staff, await signInAs(gatewayUrl, DEMO_DEPARTMENT_USER), (background) =>
    uploadDemoPhoto(worker, background),
  );
}

const signInAs = (gatewayUrl: string, account: DemoStaffAccount) => signInWithPassword(gatewayUrl, account.username, account.password);

async function createStaffUnlessTaken(admin: GatewaySession, account: DemoStaffAccount, stationIds: string[]): Promise<void> {
  const { username, password, displayName, role } = account;
  const response = await admin.send('POST', '/api/v1/staff', { username, password, displayName, role, scopes: account.scopes(stationIds) });
  if (response.status === 409) return;
  if (!response.ok) throw new Error(`Seeding failed: creating ${username} answered ${response.status} ${await response.text()}`);
}

/** A stand-in for a worker's snapshot: a plain 640 × 480 camera JPEG (its metadata is stripped on upload). */
async function uploadDemoPhoto(worker: GatewaySession, background: string): Promise<string> {
  const photo = await cameraJpeg({ width: 640, height: 480, background });
  return (await worker.upload<UploadedPhotoView>('/api/v1/report-photos', photo, 'image/jpeg')).id;
}

/**
 * Reports of review: confirmed (so the worker has points and notifications; the routing rules dispatch it to
 * sanitation), rejected with a reason, merged into the confirmed one's case, a likely duplicate still waiting in the
 * queue, and a plain submitted one. The demo community's staff member reviews; seedDepartmentWork goes on from there.
 */
async function seedReports(worker: GatewaySession, staff: GatewaySession): Promise<void> {
  const bins = {
    category: 'overflowing-bins',
    description: '文化大道与江夏大道路口垃圾桶满溢，垃圾散落在人行道上',
    location: { lat: 30.352, lng: 114.29, accuracyMeters: 8 },
    address: '武汉市江夏区文化大道与江夏大道交叉口',
    answers: { 'bin-count': 2 },
  };
  const report = await submitOnceMapped(worker, { ...bins, photoIds: [await uploadDemoPhoto(worker, '#5b7a3a')] });
  await staff.call('POST', `/api/v1/reports/${report.id}/confirm`, { severity: 'medium', note: '已核实，已通知环卫' });
  const again = await worker.call<ReportView>('POST', '/api/v1/reports', {
    ...bins,
    description: '路口垃圾仍未清运',
    photoIds: [await uploadDemoPhoto(worker, '#6b8a4a')],
  });
  await staff.call('POST', `/api/v1/reports/${again.id}/merge`, { caseId: report.id });
  const blurred = await worker.call<ReportView>('POST', '/api/v1/reports', {
    category: 'damaged-road-or-railing',
    description: '附近某处路面破损',
    location: { lat: 30.3525, lng: 114.2905, accuracyMeters: 60 },
    photoIds: [await uploadDemoPhoto(worker, '#444444')],
  });
  await staff.call('POST', `/api/v1/reports/${blurred.id}/reject`, {
    reasonCode: 'insufficient-evidence',
    note: '未能确认具体位置，请补充照片',
  });
  const manhole = {
    category: 'broken-manhole-cover',
    description: '纸坊大街人行道井盖松动',
    location: { lat: 30.3552, lng: 114.3161, accuracyMeters: 15 },
    answers: { 'open-hole': 'no' },
  };
  await worker.call('POST', '/api/v1/reports', { ...manhole, photoIds: [await uploadDemoPhoto(worker, '#7a6a5a')] });
  await worker.call('POST', '/api/v1/reports', {
    ...manhole,
    description: '纸坊大街井盖松动，有行人绊倒',
    location: { lat: 30.3553, lng: 114.3161, accuracyMeters: 10 },
    photoIds: [await uploadDemoPhoto(worker, '#8a7a6a')],
  });
}

/** The demo rewards, stocked at the station the demo station manager runs, unless the catalog has some already. */
async function seedRewards(admin: GatewaySession, station: StationView): Promise<void> {
  const catalog = await admin.call<Page<RewardView>>('GET', '/api/v1/rewards?limit=1');
  if (catalog.items.length > 0) return;
  for (const { reward, stock } of DEMO_REWARDS) {
    const { id } = await admin.call<RewardView>('POST', '/api/v1/rewards', reward);
    await admin.call('PUT', `/api/v1/rewards/${id}/stocks/${station.id}`, { remaining: stock });
  }
}

/**
 * The demo sessions, at the demo stations still operating (only those hold sessions: someone may have suspended one
 * since the last start, and a run's tests share the database with stations of the same names).
 */
async function seedSessions(admin: GatewaySession, stations: StationView[]): Promise<void> {
  const operating = stations.filter((station) => station.status === 'operating');
  const byName = new Map(operating.map((station) => [station.names['zh-CN'], station.id]));
  for (const demo of DEMO_SESSIONS) {
    const stationId = byName.get(DEMO_STATIONS[demo.station].names['zh-CN']);
    if (!stationId) continue;
    const upcoming = await admin.call<Page<SessionView>>('GET', `/api/v1/stations/${stationId}/sessions?limit=100`);
    if (upcoming.items.some((session) => session.serviceCode === demo.session.serviceCode)) continue;
    await admin.call('POST', `/api/v1/stations/${stationId}/sessions`, { ...demo.session, ...sessionTimes(demo) });
  }
}

/** The session's start and end `inDays` from today, at its Asia/Shanghai (UTC+8, no daylight saving) hours. */
function sessionTimes({ inDays, from, to }: DemoSession): { startsAt: string; endsAt: string } {
  const shanghaiNow = new Date(Date.now() + 8 * 3_600_000);
  const day = Date.UTC(shanghaiNow.getUTCFullYear(), shanghaiNow.getUTCMonth(), shanghaiNow.getUTCDate() + inDays);
  const at = (hour: number) => new Date(day + (hour - 8) * 3_600_000).toISOString();
  return { startsAt: at(from), endsAt: at(to) };
}
