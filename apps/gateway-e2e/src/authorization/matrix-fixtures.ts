import { gatewayAs, type TestAccount, uploadTestPhoto, waitFor } from '@waystation/testing';
import { jiangxiaReport } from '../scenario';
import type { MatrixCallers } from './matrix-callers';

/** The matrix's own corner of the map: a district, its street, and the street's west and east halves as communities. */
export const MATRIX_COMMUNITY = '429005001001';
export const OTHER_MATRIX_COMMUNITY = '429005001002';
type Position = [lng: number, lat: number];
const rectangle = (west: number, east: number): Position[] => [
  [west, 30.6],
  [east, 30.6],
  [east, 30.62],
  [west, 30.62],
  [west, 30.6],
];
const area = (code: string, level: string, nameZh: string, outline: Position[]) => ({
  type: 'Feature',
  properties: { code, level, nameZh, nameEn: `Matrix ${level} ${code}` },
  geometry: { type: 'Polygon', coordinates: [outline] },
});
export const MATRIX_MAP = {
  type: 'FeatureCollection',
  features: [
    area('429005', 'district', '矩阵区', rectangle(113.6, 113.62)),
    area('429005001', 'street', '矩阵街道', rectangle(113.6, 113.62)),
    area(MATRIX_COMMUNITY, 'community', '矩阵西社区', rectangle(113.6, 113.61)),
    area(OTHER_MATRIX_COMMUNITY, 'community', '矩阵东社区', rectangle(113.61, 113.62)),
  ],
};
/** A report in MATRIX_COMMUNITY. */
export const matrixReport = {
  ...jiangxiaReport,
  location: { lat: 30.61, lng: 113.605, accuracyMeters: 10 },
  address: '矩阵区矩阵街道西段',
};

export const matrixChecklist = {
  name: '矩阵验收标准',
  items: [{ code: 'signage', label: { zh: '标识', en: 'Signage' }, required: true }],
};

/** A station for the city office to register. */
export const matrixStation = (name: string, status: string) => ({
  names: { 'zh-CN': `矩阵驿站-${name}` },
  district: '江夏区',
  address: `江夏区矩阵路${name}`,
  location: { lat: 30.36, lng: 114.31 },
  amenities: ['drinking-water'],
  openingHours: { kind: 'always-open' },
  status,
});

export const matrixReward = { kind: 'gift', name: { 'zh-CN': '矩阵礼品', en: 'Matrix gift' }, cost: 1 };

export const inHours = (hours: number): string => new Date(Date.now() + hours * 3_600_000).toISOString();
export const newSession = () => ({
  serviceCode: 'legal-aid',
  title: { zh: '矩阵法律援助' },
  startsAt: inHours(48),
  endsAt: inHours(50),
  places: 10,
});

/** The objects the matrix's rows act on, made once through the public API; each is an id. */
export interface MatrixFixtures {
  /** Operating, managed by `station-manager`; the owner is checked in here and signed up for `session`. */
  station: string;
  /** Operating, managed by `other-station-manager`. */
  otherStation: string;
  /** Operating, managed by `station-manager`: the status-change row suspends it. */
  lifecycleStation: string;
  /** Built (awaiting its acceptance inspection), managed by `station-manager`. */
  builtStation: string;
  template: string;
  /** Reports of the owner in MATRIX_COMMUNITY, submitted. */
  report: string;
  reportToReject: string;
  /** The photo attached to `report`, and one the owner uploaded and attached to nothing (a row attaches it). */
  reportPhoto: string;
  loosePhoto: string;
  /** Another of the owner's reports, at the same place: a likely duplicate of `report`, merged into it by a row. */
  duplicateReport: string;
  /** A service session at `station`, in two days. */
  session: string;
  /** A community-staff account the staff admin rows act on (disabled, reset…). */
  staffAccount: string;
  /** An Open311 client (a city system's key) the revoke row acts on. */
  open311Client: string;
  /** MATRIX_MAP's district. */
  areaCode: string;
  /** A category of the city office's seed (the matrix's reports are in it). */
  categoryCode: string;
  /** A department of the seed the admin rows change. */
  departmentCode: string;
  /** The extension Open311's rows ask for (their answers in JSON, which the document's schemas describe). */
  open311Format: string;
  /** A routing rule (for a district outside the matrix's map) a row retires. */
  routingRule: string;
  ownerId: string;
  /** The reports' community, and this month (YYYY-MM), for the points budget rows. */
  community: string;
  month: string;
  /** The leaderboard rows' scope: `community`. */
  leaderboardScope: string;
  /** A reward costing 1 point, unlimited at `station`. */
  reward: string;
  /** The owner's redemption of `reward` at `station` (paid with a confirmed report's points), and its code. */
  redemption: string;
  redemptionCode: string;
  /** Sanitation's webhook endpoint (https, a host that does not resolve), and a delivery queued for it. */
  webhook: string;
  webhookDelivery: string;
}

/** The stations, made by the admin first: the station managers are created with their ids. */
export type MatrixStations = Pick<MatrixFixtures, 'station' | 'otherStation' | 'lifecycleStation' | 'builtStation'>;

/** Imports MATRIX_MAP (first, so its areas reach every service before the reports are made) and the stations. */
export async function createMapAndStations(gatewayUrl: string, admin: TestAccount): Promise<MatrixStations> {
  await gatewayAs(gatewayUrl, admin).post('/api/v1/areas/import').send(MATRIX_MAP).expect(200);
  const create = async (name: string, status: string) =>
    (await gatewayAs(gatewayUrl, admin).post('/api/v1/stations').send(matrixStation(name, status)).expect(201)).body.id as string;
  return {
    station: await create('station', 'operating'),
    otherStation: await create('other', 'operating'),
    lifecycleStation: await create('lifecycle', 'operating'),
    builtStation: await create('built', 'built'),
  };
}

/** Everything else, made by the callers the rows will act as. */
export async function createFixtures(gatewayUrl: string, stations: MatrixStations, callers: MatrixCallers): Promise<MatrixFixtures> {
  const { admin, owner } = callers.accounts;
  const asAdmin = gatewayAs(gatewayUrl, admin);
  const asOwner = gatewayAs(gatewayUrl, owner);
  const template = (await asAdmin.post('/api/v1/acceptance/templates').send(matrixChecklist).expect(201)).body.id as string;
  // Reports learns MATRIX_MAP from area.upserted: until it has, the report lies outside the service area (422).
  const withPhoto = async () => ({ ...matrixReport, photoIds: [await uploadTestPhoto(gatewayUrl, owner)] });
  const first = await withPhoto();
  const report = await waitFor(
    async () => {
      const response = await asOwner.post('/api/v1/reports').send(first);
      return response.status === 201 ? (response.body.id as string) : undefined;
    },
    { description: 'reports knows the matrix map', timeoutMs: 30_000, intervalMs: 250 },
  );
  const reportToReject = (
    await asOwner
      .post('/api/v1/reports')
      .send(await withPhoto())
      .expect(201)
  ).body.id as string;
  const duplicateReport = (
    await asOwner
      .post('/api/v1/reports')
      .send(await withPhoto())
      .expect(201)
  ).body.id as string;
  const reportPhoto = first.photoIds[0];
  const loosePhoto = await uploadTestPhoto(gatewayUrl, owner);
  const session = (await asAdmin.post(`/api/v1/stations/${stations.station}/sessions`).send(newSession()).expect(201)).body.id as string;
  await asOwner.post(`/api/v1/station-sessions/${session}/sign-ups`).expect(201);

  const codes = (await asAdmin.get(`/api/v1/stations/${stations.station}/check-in-codes`).expect(200)).body as {
    rotating: { code: string };
  };
  await asOwner
    .post(`/api/v1/stations/${stations.station}/check-ins`)
    .send({ method: 'rotating-code', code: codes.rotating.code })
    .expect(201);

  // Before the redemption's report is confirmed: its dispatch to sanitation queues the endpoint's delivery.
  const webhook = (
    await gatewayAs(gatewayUrl, callers.accounts.department)
      .post('/api/v1/webhooks')
      .send({ url: 'https://hooks.sanitation.example/matrix', eventTypes: ['report.dispatched'] })
      .expect(201)
  ).body.id as string;
  const { reward, redemption, redemptionCode } = await createRedemption(gatewayUrl, stations.station, callers);
  const webhookDelivery = await waitFor(
    async () => {
      const log = await gatewayAs(gatewayUrl, callers.accounts.department).get(`/api/v1/webhooks/${webhook}/deliveries`).expect(200);
      return (log.body.items[0]?.id as string | undefined) ?? undefined;
    },
    { description: "a delivery queued for the matrix's webhook", timeoutMs: 30_000, intervalMs: 250 },
  );

  const staffAccount = (
    await asAdmin
      .post('/api/v1/staff')
      .send({
        username: `matrix-object-${session}`,
        displayName: '矩阵对象',
        role: 'community-staff',
        scopes: { communities: [OTHER_MATRIX_COMMUNITY] },
      })
      .expect(201)
  ).body.id as string;
  const open311Client = (await asAdmin.post('/api/v1/open311-clients').send({ name: '矩阵对象热线', contact: '城市办公室' }).expect(201))
    .body.id as string;
  const routingRule = (
    await asAdmin
      .put('/api/v1/routing-rules')
      .send({ categoryCode: 'other', districtCode: '429997', departments: ['police'] })
      .expect(200)
  ).body.id as string;
  return {
    ...stations,
    template,
    report,
    reportToReject,
    duplicateReport,
    reportPhoto,
    loosePhoto,
    session,
    staffAccount,
    open311Client,
    areaCode: '429005',
    categoryCode: matrixReport.category,
    departmentCode: 'property-management',
    open311Format: 'json',
    routingRule,
    ownerId: owner.actor.id,
    community: MATRIX_COMMUNITY,
    month: new Date().toISOString().slice(0, 7),
    leaderboardScope: 'community',
    reward,
    redemption,
    redemptionCode,
    webhook,
    webhookDelivery,
  };
}

/** A reward at the station, and the owner's redemption of it, paid with the points of a report the city office confirms. */
async function createRedemption(
  gatewayUrl: string,
  station: string,
  { accounts: { admin, owner } }: MatrixCallers,
): Promise<Pick<MatrixFixtures, 'reward' | 'redemption' | 'redemptionCode'>> {
  const asAdmin = gatewayAs(gatewayUrl, admin);
  const asOwner = gatewayAs(gatewayUrl, owner);
  const paid = (
    await asOwner
      .post('/api/v1/reports')
      .send({ ...matrixReport, photoIds: [await uploadTestPhoto(gatewayUrl, owner)] })
      .expect(201)
  ).body.id as string;
  await asAdmin.post(`/api/v1/reports/${paid}/confirm`).send({}).expect(200);
  const reward = (await asAdmin.post('/api/v1/rewards').send(matrixReward).expect(201)).body.id as string;
  await asAdmin.put(`/api/v1/rewards/${reward}/stocks/${station}`).send({ remaining: null }).expect(200);
  const { id: redemption, code: redemptionCode } = await waitFor(
    async () => {
      const response = await asOwner.post('/api/v1/redemptions').send({ rewardId: reward, stationId: station });
      return response.status === 201 ? (response.body as { id: string; code: string }) : undefined;
    },
    { description: "the owner's confirmed report to be credited", timeoutMs: 30_000, intervalMs: 250 },
  );
  return { reward, redemption, redemptionCode };
}
