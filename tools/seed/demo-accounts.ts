import { ActorScopes, StaffRole } from '@waystation/contracts';
import { WorkerSignUpProfile } from '@waystation/http-api';

/** The demo worker: signs in with a one-time code sent to this number (read it from the SMS outbox file). */
export const DEMO_WORKER = {
  phone: '+8613800138000',
  profile: {
    displayName: '江夏骑手小王',
    workerType: 'food-delivery',
    language: 'zh-CN',
    // The privacy notice version a development gateway asks consent to (GATEWAY_PRIVACY_NOTICE_VERSION's default).
    consent: { version: '2026-12-01' },
  } satisfies WorkerSignUpProfile,
} as const;

/** A demo staff account the seed creates through the admin API; `scopes` may name the seeded stations. */
export interface DemoStaffAccount {
  username: string;
  password: string;
  displayName: string;
  role: StaffRole;
  scopes: (stationIds: string[]) => ActorScopes;
}

/** A community in Jiangxia district (江夏区), where the demo stations and reports are. */
const JIANGXIA_COMMUNITY = '420115001001';

export const DEMO_COMMUNITY_STAFF: DemoStaffAccount = {
  username: 'demo-community',
  password: 'jiangxia-community-pass',
  displayName: '纸坊社区网格员',
  role: 'community-staff',
  scopes: () => ({ stations: [], communities: [JIANGXIA_COMMUNITY] }),
};

export const DEMO_STATION_MANAGER: DemoStaffAccount = {
  username: 'demo-station-manager',
  password: 'jiangxia-station-pass',
  displayName: '驿站站长',
  role: 'station-manager',
  scopes: (stationIds) => ({ stations: stationIds.slice(0, 2), communities: [] }),
};

export const DEMO_DEPARTMENT_USER: DemoStaffAccount = {
  username: 'demo-sanitation',
  password: 'jiangxia-department-pass',
  displayName: '江夏区环卫处',
  role: 'department',
  scopes: () => ({ stations: [], communities: [], department: 'sanitation' }),
};

export const DEMO_STAFF_ACCOUNTS = [DEMO_COMMUNITY_STAFF, DEMO_STATION_MANAGER, DEMO_DEPARTMENT_USER];
