import { newPhoneNumber } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import {
  adminOnly,
  anyone,
  type Caller,
  type Cells,
  everyoneGets,
  only,
  signedIn,
  stationManagers,
  WORKERS,
  workersOnly,
} from './matrix-cells';
import {
  inHours,
  MATRIX_COMMUNITY,
  MATRIX_MAP,
  matrixChecklist,
  type MatrixFixtures,
  matrixReport,
  matrixReward,
  matrixStation,
  newSession,
} from './matrix-fixtures';

/**
 * One row per documented route of the public API: how to call it, and what each caller (matrix-cells.ts) gets.
 * authorization-matrix.e2e.spec.ts calls every row as every caller, and fails when /docs/json documents a route
 * that has no row here, or a row names a route it does not document.
 *
 * To add a route: copy the row of a route like it. `params` names the fixture (matrix-fixtures.ts) each `{param}`
 * of the path stands for; `body` may be a function of the fixtures (called once per caller, so it can make each
 * body unique); `expect` is a preset of matrix-cells.ts, with overrides for the cells that differ.
 *
 * Rows run in this order, and within a row the callers expected to be refused go first, then the allowed ones
 * one after another: a row may change its object (confirm a report, suspend a station), so a refusal is never
 * hidden behind a 409 about the state an allowed caller left. A row that reads a fixture comes before a row that
 * changes it (the check-in is read before it is checked out).
 */
export interface MatrixRow {
  /** `METHOD /path`, the path exactly as /docs/json documents it. */
  route: string;
  /** The fixture each `{param}` of the path is. */
  params?: Record<string, keyof MatrixFixtures>;
  /** Appended to the path (without the `?`). */
  query?: string;
  body?: object | ((fixtures: MatrixFixtures) => object);
  /** Sent as text/csv instead of a JSON body. */
  csv?: string;
  /** A tiny JPEG is sent as the body (image/jpeg) instead of JSON. */
  image?: true;
  /** The answer is a stream that stays open (text/event-stream): it is closed once its headers arrive. */
  stream?: true;
  expect: Cells;
  /**
   * The route ends the caller's session or account: each signed-in caller is an account of its own kind made for
   * this row, so the other rows keep theirs.
   */
  throwaway?: true;
  /**
   * Cells the product does not answer as `expect` says yet, with why. The spec checks they still differ, so a fix
   * makes it fail until the note is removed.
   */
  pending?: Partial<Record<Caller, string>>;
}

export const authorizationMatrix: MatrixRow[] = [
  { route: 'GET /health/live', expect: anyone() },
  { route: 'GET /health/ready', expect: anyone() },
  { route: 'GET /api/v1', expect: anyone() },
  { route: 'GET /.well-known/jwks.json', expect: anyone() },

  // Sign-in: the credentials are in the body, the caller's token counts for nothing.
  { route: 'POST /api/v1/auth/phone/code', body: () => ({ phone: newPhoneNumber() }), expect: anyone() },
  { route: 'POST /api/v1/auth/phone/sign-in', body: () => ({ phone: newPhoneNumber(), code: '123456' }), expect: everyoneGets(401) },
  {
    route: 'POST /api/v1/auth/staff/sign-in',
    body: () => ({ username: `nobody-${uuidv7()}`, password: 'not-the-password' }),
    expect: everyoneGets(401),
  },
  // The test system configures no OpenID Connect provider (oidc-sign-in.integration.spec.ts runs one).
  { route: 'POST /api/v1/auth/oidc/sign-in', body: { idToken: 'no.provider.configured' }, expect: everyoneGets(404) },
  { route: 'POST /api/v1/auth/refresh', body: { refreshToken: 'not-a-refresh-token-of-anyone' }, expect: everyoneGets(401) },
  { route: 'POST /api/v1/auth/sign-out', expect: signedIn(), throwaway: true },
  { route: 'POST /api/v1/auth/sign-out-everywhere', expect: signedIn(), throwaway: true },

  // The caller's own account and things: nobody else's can be named.
  { route: 'GET /api/v1/me', expect: signedIn() },
  { route: 'PATCH /api/v1/me', body: { displayName: '矩阵用户' }, expect: signedIn() },
  { route: 'DELETE /api/v1/me', expect: workersOnly(), throwaway: true },
  { route: 'GET /api/v1/me/home', query: 'lat=30.3721&lng=114.3217', expect: workersOnly() },
  { route: 'GET /api/v1/me/points', expect: signedIn() },
  { route: 'GET /api/v1/me/points/transactions', expect: signedIn() },
  { route: 'PUT /api/v1/me/points/leaderboard-preference', body: { onLeaderboard: true }, expect: workersOnly() },
  {
    route: 'GET /api/v1/leaderboards/{scope}/{code}',
    params: { scope: 'leaderboardScope', code: 'community' },
    query: 'month=2026-12',
    expect: signedIn(),
  },
  { route: 'GET /api/v1/points-figures', query: 'month=2026-12', expect: only(['community-staff', 'other-community-staff', 'admin']) },
  { route: 'GET /api/v1/earning-rules', expect: signedIn() },
  {
    route: 'POST /api/v1/earning-rules',
    body: { eventType: 'report.confirmed', group: 'other', points: 3, monthlyCap: 300, effectiveFrom: '2099-01-01T00:00:00.000Z' },
    expect: adminOnly(),
  },
  { route: 'GET /api/v1/community-budgets', query: 'month=2026-12', expect: only(['community-staff', 'other-community-staff', 'admin']) },
  {
    route: 'PUT /api/v1/community-budgets/{communityCode}/{month}',
    params: { communityCode: 'community', month: 'month' },
    body: { points: 1_000 },
    expect: adminOnly(),
  },
  {
    route: 'POST /api/v1/workers/{workerId}/points/adjustments',
    params: { workerId: 'ownerId' },
    body: { amount: 1, reason: '授权矩阵的调整' },
    expect: adminOnly(),
  },
  { route: 'GET /api/v1/me/notifications', expect: signedIn() },
  // Marks only the caller's own, whatever id it names.
  { route: 'POST /api/v1/me/notifications/read', body: { upTo: '01890000-0000-7000-8000-000000000000' }, expect: signedIn() },
  { route: 'GET /api/v1/me/events', stream: true, expect: signedIn() },
  // Only the owner is checked in.
  { route: 'GET /api/v1/me/check-in', expect: only(['owner'], { otherwise: 404 }) },
  { route: 'POST /api/v1/me/check-in/check-out', expect: only(['owner'], { otherwise: 404 }) },
  { route: 'GET /api/v1/me/session-sign-ups', expect: signedIn() },

  // Reports: a worker sees their own; staff see what is theirs to handle; others' reports do not exist for them.
  // Only workers file reports (the photo id is no photo of theirs, so a worker's answer is 422, and nothing is filed).
  { route: 'POST /api/v1/reports', body: () => ({ ...matrixReport, photoIds: [uuidv7()] }), expect: workersOnly() },
  // Departments upload progress and evidence photos too.
  { route: 'POST /api/v1/report-photos', image: true, expect: only([...WORKERS, 'department']) },
  { route: 'GET /api/v1/report-photos/{id}', params: { id: 'loosePhoto' }, expect: only(['owner'], { otherwise: 404 }) },
  {
    route: 'GET /api/v1/reports/{id}/photos/{photoId}',
    params: { id: 'report', photoId: 'reportPhoto' },
    expect: only(['owner', 'community-staff', 'admin'], { otherwise: 404 }),
  },
  {
    route: 'POST /api/v1/reports/{id}/photos',
    params: { id: 'report' },
    body: (fixtures) => ({ photoId: fixtures.loosePhoto }),
    expect: only(['owner'], { otherwise: 404, 'community-staff': 403, admin: 403 }),
  },
  { route: 'GET /api/v1/reports', expect: signedIn() },
  {
    route: 'GET /api/v1/reports/{id}',
    params: { id: 'report' },
    expect: only(['owner', 'community-staff', 'admin'], { otherwise: 404 }),
  },
  {
    route: 'POST /api/v1/reports/{id}/confirm',
    params: { id: 'report' },
    body: { note: '已核实' },
    // A worker may never review (403 whatever the id); staff of another community do not see the report.
    expect: only(['community-staff', 'admin'], { 'other-community-staff': 404 }),
  },
  {
    route: 'POST /api/v1/reports/{id}/reject',
    params: { id: 'reportToReject' },
    body: { reasonCode: 'duplicate', note: '重复上报' },
    expect: only(['community-staff', 'admin'], { 'other-community-staff': 404 }),
  },

  // Review: the staff of the report's community and the city office; other roles may never review (403), and to
  // staff of another community the report does not exist.
  { route: 'GET /api/v1/review-queue', expect: only(['community-staff', 'other-community-staff', 'admin']) },
  {
    route: 'GET /api/v1/reports/{id}/duplicates',
    params: { id: 'duplicateReport' },
    expect: only(['community-staff', 'admin'], { 'other-community-staff': 404 }),
  },
  {
    route: 'POST /api/v1/reports/{id}/keep-apart',
    params: { id: 'duplicateReport' },
    expect: only(['community-staff', 'admin'], { 'other-community-staff': 404 }),
  },
  {
    route: 'POST /api/v1/reports/{id}/merge',
    params: { id: 'duplicateReport' },
    body: (fixtures) => ({ caseId: fixtures.report }),
    expect: only(['community-staff', 'admin'], { 'other-community-staff': 404 }),
  },
  // "Was it fixed?" is the reporter's question; the report's own staff may see it, and are answered 409 like the
  // reporter while it is not resolved; to anyone else it does not exist.
  {
    route: 'POST /api/v1/reports/{id}/feedback',
    params: { id: 'report' },
    body: { fixed: true },
    expect: only(['owner', 'community-staff', 'admin'], { otherwise: 404 }),
  },

  // Dispatch: the staff of the report's community and the city office. The departments act on what is routed to
  // them: `report` went to sanitation (the matrix's department) at its confirmation; anyone who is no department
  // user may never act for one (403).
  { route: 'GET /api/v1/dispatch-queue', expect: only(['community-staff', 'other-community-staff', 'admin']) },
  {
    route: 'POST /api/v1/reports/{id}/dispatch',
    params: { id: 'report' },
    body: { add: ['police'], reason: '矩阵改派' },
    expect: only(['community-staff', 'admin'], { 'other-community-staff': 404 }),
  },
  { route: 'GET /api/v1/department-queue', expect: only(['department']) },
  { route: 'POST /api/v1/department-queue/{id}/acknowledge', params: { id: 'report' }, body: {}, expect: only(['department']) },
  {
    route: 'POST /api/v1/department-queue/{id}/progress',
    params: { id: 'report' },
    body: { note: '矩阵进展' },
    expect: only(['department']),
  },
  {
    route: 'POST /api/v1/department-queue/{id}/resolve',
    params: { id: 'report' },
    body: { note: '矩阵办结' },
    expect: only(['department']),
  },
  {
    route: 'POST /api/v1/department-queue/{id}/not-responsible',
    params: { id: 'report' },
    body: { reason: '矩阵' },
    expect: only(['department']),
  },

  // Departments and routing rules: the city's own people read them, the city office configures them.
  { route: 'GET /api/v1/departments', expect: signedIn({ owner: 403, 'other-worker': 403 }) },
  {
    route: 'POST /api/v1/departments',
    body: () => ({ code: `matrix-${uuidv7().slice(-12)}`, name: { 'zh-CN': '矩阵部门', en: 'Matrix department' }, contact: '12345' }),
    expect: adminOnly(),
  },
  { route: 'PATCH /api/v1/departments/{code}', params: { code: 'departmentCode' }, body: { contact: '027-12345' }, expect: adminOnly() },
  { route: 'GET /api/v1/department-figures', expect: adminOnly() },
  { route: 'GET /api/v1/routing-rules', expect: signedIn({ owner: 403, 'other-worker': 403 }) },
  {
    route: 'PUT /api/v1/routing-rules',
    body: { categoryCode: 'other', districtCode: '429996', departments: ['police'] },
    expect: adminOnly(),
  },
  { route: 'POST /api/v1/routing-rules/{id}/retire', params: { id: 'routingRule' }, expect: adminOnly() },

  // Webhooks: a department's users manage its endpoints (`webhook` is sanitation's, the matrix's department), the
  // city office any department's; nobody else has any (403).
  { route: 'GET /api/v1/webhooks', expect: only(['department', 'admin']) },
  { route: 'GET /api/v1/webhooks/{id}', params: { id: 'webhook' }, expect: only(['department', 'admin']) },
  { route: 'GET /api/v1/webhooks/{id}/deliveries', params: { id: 'webhook' }, expect: only(['department', 'admin']) },
  {
    route: 'PATCH /api/v1/webhooks/{id}',
    params: { id: 'webhook' },
    body: { description: '矩阵接收端' },
    expect: only(['department', 'admin']),
  },
  { route: 'POST /api/v1/webhooks/{id}/rotate-secret', params: { id: 'webhook' }, expect: only(['department', 'admin']) },
  {
    route: 'POST /api/v1/webhooks/{id}/deliveries/replay',
    params: { id: 'webhook' },
    body: (fixtures) => ({ deliveryIds: [fixtures.webhookDelivery] }),
    expect: only(['department', 'admin']),
  },
  {
    route: 'POST /api/v1/webhooks',
    body: { url: 'https://hooks.sanitation.example/matrix', eventTypes: ['report.dispatched'] },
    expect: only(['department', 'admin']),
  },
  {
    route: 'DELETE /api/v1/webhooks/{id}',
    params: { id: 'webhook' },
    expect: only(['department', 'admin']),
    pending: { admin: 'the department, called first, removed the one endpoint the row has: the city office then finds it gone (404)' },
  },

  // Categories and SLAs: everyone reads the categories, the city office configures them and the SLAs.
  { route: 'GET /api/v1/report-categories', expect: anyone() },
  { route: 'GET /api/v1/report-categories/{code}', params: { code: 'categoryCode' }, expect: anyone() },
  {
    route: 'POST /api/v1/report-categories',
    body: () => ({
      code: `matrix-${uuidv7().slice(-12)}`,
      group: 'other',
      name: { 'zh-CN': '矩阵类别', en: 'Matrix category' },
      description: { 'zh-CN': '授权矩阵建的类别', en: 'Made by the authorization matrix' },
    }),
    expect: adminOnly(),
  },
  { route: 'PATCH /api/v1/report-categories/{code}', params: { code: 'categoryCode' }, body: { sortOrder: 99 }, expect: adminOnly() },
  { route: 'GET /api/v1/report-slas', expect: signedIn() },
  {
    route: 'PUT /api/v1/report-slas/{categoryCode}',
    params: { categoryCode: 'categoryCode' },
    body: { acknowledgeWithinHours: 8, resolveWithinDays: 5, clock: 'working-hours' },
    expect: adminOnly(),
  },
  { route: 'GET /api/v1/escalations', expect: only(['community-staff', 'other-community-staff', 'admin']) },
  { route: 'GET /api/v1/public/resolved-reports', expect: anyone() },

  // Open311 GeoReport v2: public, as the standard has it.
  { route: 'GET /open311/v2/services.{format}', params: { format: 'open311Format' }, expect: anyone() },
  {
    route: 'GET /open311/v2/services/{code}.{format}',
    params: { code: 'categoryCode', format: 'open311Format' },
    expect: anyone(),
  },
  { route: 'GET /open311/v2/requests.{format}', params: { format: 'open311Format' }, query: 'page_size=5', expect: anyone() },
  { route: 'GET /open311/v2/requests/{id}.{format}', params: { id: 'report', format: 'open311Format' }, expect: anyone() },
  { route: 'GET /open311/v2/servicerequestupdates.{format}', params: { format: 'open311Format' }, expect: anyone() },
  { route: 'GET /open311/v2/tokens/{token}.{format}', params: { token: 'report', format: 'open311Format' }, expect: anyone() },
  { route: 'GET /open311/discovery.{format}', params: { format: 'open311Format' }, expect: anyone() },
  // Its credential is the api_key in the body, whoever's token comes with it: a key never issued is refused.
  {
    route: 'POST /open311/v2/requests.{format}',
    params: { format: 'open311Format' },
    body: { api_key: 'not-a-key-the-city-issued', service_code: matrixReport.category, lat: 30.37, long: 114.32, description: '矩阵' },
    expect: everyoneGets(403),
  },

  // Stations: public to read; their manager and the city office act on them.
  { route: 'GET /api/v1/stations', query: 'limit=2', expect: anyone() },
  { route: 'GET /api/v1/stations/nearby', query: 'lat=30.36&lng=114.31', expect: anyone() },
  { route: 'GET /api/v1/stations/{id}', params: { id: 'station' }, expect: anyone() },
  { route: 'POST /api/v1/stations', body: matrixStation('new', 'operating'), expect: adminOnly() },
  { route: 'PATCH /api/v1/stations/{id}', params: { id: 'station' }, body: { capacity: 8 }, expect: stationManagers() },
  {
    route: 'POST /api/v1/stations/import',
    csv: `externalRef,name,district,districtCode,address,lat,lng\nMATRIX-${uuidv7()},矩阵导入驿站,江夏区,420115,江夏区矩阵路2号,30.36,114.3\n`,
    expect: adminOnly(),
  },
  {
    route: 'POST /api/v1/stations/{id}/status-changes',
    params: { id: 'lifecycleStation' },
    body: { to: 'suspended', reason: '矩阵检查' },
    expect: stationManagers(),
  },
  { route: 'GET /api/v1/stations/{id}/history', params: { id: 'station' }, expect: stationManagers() },
  {
    route: 'POST /api/v1/acceptance/templates',
    body: matrixChecklist,
    expect: adminOnly(),
  },
  { route: 'GET /api/v1/acceptance/templates', expect: signedIn() },
  {
    route: 'POST /api/v1/stations/{id}/inspections',
    params: { id: 'builtStation' },
    // A failed inspection leaves the station built, so the next allowed caller inspects it too.
    body: (fixtures) => ({
      templateId: fixtures.template,
      results: [{ itemCode: 'signage', result: 'fail', rectification: { action: '更换标识', deadline: '2026-12-31' } }],
    }),
    expect: adminOnly(),
  },
  { route: 'GET /api/v1/stations/{id}/inspections', params: { id: 'builtStation' }, expect: stationManagers() },
  { route: 'POST /api/v1/station-targets', body: { districtCode: '420115', year: 2026, plannedCount: 120 }, expect: adminOnly() },
  // The programme's progress is the city office's and the communities' (not station managers' or departments').
  { route: 'GET /api/v1/station-progress', query: 'year=2026', expect: only(['community-staff', 'other-community-staff', 'admin']) },
  { route: 'GET /api/v1/station-service-types', expect: anyone() },
  {
    route: 'POST /api/v1/station-service-types',
    body: () => ({ code: `matrix-${uuidv7().slice(-8)}`, names: { 'zh-CN': '矩阵服务', en: 'Matrix service' } }),
    expect: adminOnly(),
  },

  // The city map: public to read, the city office imports it.
  {
    route: 'POST /api/v1/areas/import',
    body: MATRIX_MAP,
    expect: adminOnly(),
  },
  { route: 'GET /api/v1/areas', query: 'level=district&limit=1', expect: anyone() },
  { route: 'GET /api/v1/areas/locate', query: 'lat=30.61&lng=113.61', expect: anyone() },
  { route: 'GET /api/v1/areas/{code}', params: { code: 'areaCode' }, expect: anyone() },

  // Check-ins: workers check in (the owner already is: 409); the station's manager sees its codes and counts.
  {
    route: 'POST /api/v1/stations/{id}/check-ins',
    params: { id: 'station' },
    body: { method: 'rotating-code', code: `1.${'x'.repeat(22)}` },
    expect: workersOnly(),
  },
  { route: 'GET /api/v1/stations/{id}/check-in-codes', params: { id: 'station' }, expect: stationManagers() },
  {
    route: 'GET /api/v1/stations/{id}/visits',
    params: { id: 'station' },
    query: `from=${inHours(-24)}&to=${inHours(0)}&granularity=hour`,
    expect: stationManagers(),
  },

  // Service sessions: public to read; workers sign up; the station's manager plans them and takes attendance.
  {
    route: 'POST /api/v1/stations/{id}/sessions',
    params: { id: 'station' },
    body: newSession,
    expect: stationManagers(),
  },
  { route: 'GET /api/v1/stations/{id}/sessions', params: { id: 'station' }, expect: anyone() },
  { route: 'GET /api/v1/station-sessions/{id}', params: { id: 'session' }, expect: anyone() },
  { route: 'POST /api/v1/station-sessions/{id}/sign-ups', params: { id: 'session' }, expect: workersOnly() },
  { route: 'GET /api/v1/station-sessions/{id}/sign-ups', params: { id: 'session' }, expect: stationManagers() },
  {
    route: 'POST /api/v1/station-sessions/{id}/attendance',
    params: { id: 'session' },
    body: (fixtures) => ({ workerId: fixtures.ownerId }),
    expect: stationManagers(),
  },
  // The owner's sign-up; the other worker signed up in the sign-ups row above, so cancels theirs.
  {
    route: 'POST /api/v1/me/session-sign-ups/{id}/cancel',
    params: { id: 'session' },
    expect: only(WORKERS, { otherwise: 404 }),
  },

  // Rewards: anyone reads the catalog, the city office manages it; workers redeem; the manager of the station that
  // holds the stock verifies and hands over (to another station's manager the redemption does not exist).
  { route: 'GET /api/v1/rewards', expect: anyone() },
  { route: 'GET /api/v1/rewards/{id}', params: { id: 'reward' }, expect: anyone() },
  { route: 'POST /api/v1/rewards', body: matrixReward, expect: adminOnly() },
  { route: 'PATCH /api/v1/rewards/{id}', params: { id: 'reward' }, body: { cost: 1 }, expect: adminOnly() },
  {
    route: 'PUT /api/v1/rewards/{id}/stocks/{stationId}',
    params: { id: 'reward', stationId: 'station' },
    body: { remaining: null },
    expect: adminOnly(),
  },
  {
    route: 'POST /api/v1/redemptions',
    body: (fixtures) => ({ rewardId: fixtures.reward, stationId: fixtures.station }),
    expect: workersOnly(),
  },
  { route: 'GET /api/v1/me/redemptions', expect: signedIn() },
  {
    route: 'POST /api/v1/redemptions/verification',
    body: (fixtures) => ({ code: fixtures.redemptionCode }),
    expect: only(['station-manager', 'admin'], { 'other-station-manager': 404 }),
  },
  {
    route: 'POST /api/v1/redemptions/{id}/fulfil',
    params: { id: 'redemption' },
    expect: only(['station-manager', 'admin'], { 'other-station-manager': 404 }),
  },
  { route: 'POST /api/v1/me/redemptions/{id}/cancel', params: { id: 'redemption' }, expect: only(['owner'], { otherwise: 404 }) },
  { route: 'POST /api/v1/rewards/{id}/withdraw', params: { id: 'reward' }, expect: adminOnly() },

  // Staff accounts: the city office's alone.
  {
    route: 'POST /api/v1/staff',
    body: () => ({
      username: `matrix-${uuidv7()}`,
      displayName: '矩阵社区人员',
      role: 'community-staff',
      scopes: { communities: [MATRIX_COMMUNITY] },
    }),
    expect: adminOnly(),
  },
  { route: 'GET /api/v1/staff', expect: adminOnly() },
  { route: 'GET /api/v1/staff/{id}', params: { id: 'staffAccount' }, expect: adminOnly() },
  { route: 'PATCH /api/v1/staff/{id}', params: { id: 'staffAccount' }, body: { displayName: '矩阵人员' }, expect: adminOnly() },
  { route: 'POST /api/v1/staff/{id}/disable', params: { id: 'staffAccount' }, expect: adminOnly() },
  { route: 'POST /api/v1/staff/{id}/enable', params: { id: 'staffAccount' }, expect: adminOnly() },
  { route: 'POST /api/v1/staff/{id}/password', params: { id: 'staffAccount' }, body: {}, expect: adminOnly() },

  // Open311 keys of city systems: the city office's alone.
  { route: 'POST /api/v1/open311-clients', body: { name: '矩阵热线', contact: '城市办公室' }, expect: adminOnly() },
  { route: 'GET /api/v1/open311-clients', expect: adminOnly() },
  { route: 'POST /api/v1/open311-clients/{id}/revoke', params: { id: 'open311Client' }, expect: adminOnly() },
];
