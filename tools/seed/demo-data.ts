import { CreateStation, ScheduleSession } from '@waystation/http-api';

export const DEMO_ADMIN = { id: 'demo-admin', role: 'admin' } as const;
export const DEMO_WORKER = { id: 'demo-worker', role: 'worker' } as const;
export const DEMO_STAFF = { id: 'demo-staff', role: 'community-staff' } as const;

/** A handful of outdoor worker stations in Wuhan's Jiangxia district (江夏区). */
export const DEMO_STATIONS: CreateStation[] = [
  {
    name: '纸坊街道户外工作者驿站',
    district: '江夏区',
    address: '武汉市江夏区纸坊大街288号',
    location: { lat: 30.3541, lng: 114.3145 },
    amenities: ['water', 'air-conditioning', 'microwave', 'seating', 'charging', 'toilet'],
    openingHours: '08:00-20:00',
    status: 'operating',
    capacity: 12,
  },
  {
    name: '藏龙岛户外工作者驿站',
    district: '江夏区',
    address: '武汉市江夏区藏龙岛杨桥湖大道18号',
    location: { lat: 30.4082, lng: 114.4156 },
    amenities: ['water', 'air-conditioning', 'seating', 'books', 'charging', 'wifi'],
    openingHours: '07:00-22:00',
    status: 'operating',
    capacity: 8,
  },
  {
    name: '庙山户外工作者驿站',
    district: '江夏区',
    address: '武汉市江夏区庙山大道66号',
    location: { lat: 30.4265, lng: 114.3631 },
    amenities: ['water', 'microwave', 'seating', 'first-aid', 'charging'],
    openingHours: '00:00-24:00',
    status: 'operating',
    capacity: 16,
  },
  {
    name: '金口街道户外工作者驿站',
    district: '江夏区',
    address: '武汉市江夏区金口街金水路9号',
    location: { lat: 30.3402, lng: 114.1205 },
    amenities: ['water', 'air-conditioning', 'seating', 'toilet'],
    openingHours: '08:00-18:00',
    status: 'operating',
    capacity: 6,
  },
  {
    name: '郑店户外工作者驿站',
    district: '江夏区',
    address: '武汉市江夏区郑店街黄金工业园路12号',
    location: { lat: 30.3167, lng: 114.2268 },
    amenities: ['water', 'seating', 'charging'],
    openingHours: '09:00-17:00',
    status: 'planned',
    capacity: 10,
  },
];

/** A service session at one of the demo stations (by index in DEMO_STATIONS), `inDays` from today at a local time. */
export interface DemoSession {
  station: number;
  inDays: number;
  /** Asia/Shanghai wall-clock hours. */
  from: number;
  to: number;
  session: Omit<ScheduleSession, 'startsAt' | 'endsAt'>;
}

/** Sessions this week at the operating demo stations. */
export const DEMO_SESSIONS: DemoSession[] = [
  {
    station: 0,
    inDays: 1,
    from: 14,
    to: 16,
    session: {
      serviceCode: 'legal-aid',
      title: { zh: '法律援助：劳动合同与工伤维权', en: 'Legal aid: contracts and injury claims' },
      places: 10,
    },
  },
  {
    station: 0,
    inDays: 3,
    from: 9,
    to: 11,
    session: { serviceCode: 'free-clinic', title: { zh: '义诊：血压血糖测量', en: 'Free clinic: blood pressure and sugar' }, places: 20 },
  },
  {
    station: 1,
    inDays: 2,
    from: 15,
    to: 17,
    session: { serviceCode: 'psychological-counselling', title: { zh: '心理疏导小组', en: 'Counselling circle' }, places: 8 },
  },
  {
    station: 2,
    inDays: 4,
    from: 10,
    to: 12,
    session: { serviceCode: 'haircut', title: { zh: '爱心义剪', en: 'Free haircuts' }, places: 15 },
  },
  {
    station: 3,
    inDays: 5,
    from: 14,
    to: 15,
    session: { serviceCode: 'employment-policy-advice', title: { zh: '新就业形态政策解读', en: 'Employment policy briefing' }, places: 30 },
  },
];
