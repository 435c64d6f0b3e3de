import { OpeningInterval, Weekday, WEEKDAYS, WeeklySchedule } from '@waystation/contracts';
import { CreateStation, ScheduleSession } from '@waystation/http-api';

const WORKDAYS = WEEKDAYS.slice(0, 5);

/** A full week from the days given, the others closed. */
const schedule = (byDay: Partial<Record<Weekday, OpeningInterval[]>>): WeeklySchedule =>
  Object.fromEntries(WEEKDAYS.map((day) => [day, byDay[day] ?? []])) as WeeklySchedule;
const on = (days: readonly Weekday[], ...intervals: OpeningInterval[]) => Object.fromEntries(days.map((day) => [day, intervals]));

/**
 * Outdoor worker stations in Wuhan's Jiangxia district (江夏区), with varied hosts, amenities, services and hours:
 * a 24-hour one, one open through the night, one with a lunch break, one closed for repairs on a date.
 */
export const DEMO_STATIONS: CreateStation[] = [
  {
    names: { 'zh-CN': '纸坊街道户外工作者驿站', en: "Zhifang Street Outdoor Workers' Station" },
    district: '江夏区',
    address: '武汉市江夏区纸坊大街288号',
    location: { lat: 30.3541, lng: 114.3145 },
    hostOrganisation: 'community',
    contactPhone: '027-87951234',
    capacity: 16,
    photos: ['https://photos.waystation.example/demo/zhifang-front.jpg'],
    openingHours: {
      kind: 'weekly',
      weekly: schedule({
        ...on(WORKDAYS, { opens: '07:00', closes: '21:00' }),
        ...on(['saturday', 'sunday'], { opens: '08:00', closes: '20:00' }),
      }),
      exceptions: [{ date: '2027-01-01', kind: 'special-hours', intervals: [{ opens: '10:00', closes: '16:00' }], note: '元旦' }],
    },
    amenities: ['drinking-water', 'hot-water', 'air-conditioning', 'microwave', 'seating', 'phone-charging', 'toilet', 'first-aid-kit'],
    services: ['legal-aid', 'free-clinic'],
    status: 'operating',
  },
  {
    names: { 'zh-CN': '藏龙岛户外工作者驿站', en: "Canglong Island Outdoor Workers' Station" },
    district: '江夏区',
    address: '武汉市江夏区藏龙岛杨桥湖大道18号',
    location: { lat: 30.4082, lng: 114.4156 },
    hostOrganisation: 'enterprise',
    contactPhone: '+8613907181234',
    capacity: 24,
    photos: [],
    openingHours: { kind: 'always-open', exceptions: [] },
    amenities: [
      'drinking-water',
      'hot-water',
      'air-conditioning',
      'heating',
      'seating',
      'books-and-newspapers',
      'phone-charging',
      'e-bike-charging',
      'wifi',
      'lockers',
    ],
    services: ['employment-policy-advice', 'social-events', 'psychological-counselling'],
    status: 'operating',
  },
  {
    names: { 'zh-CN': '庙山夜间驿站' },
    district: '江夏区',
    address: '武汉市江夏区庙山大道66号',
    location: { lat: 30.4265, lng: 114.3631 },
    hostOrganisation: 'union',
    contactPhone: null,
    capacity: 8,
    photos: [],
    openingHours: {
      kind: 'weekly',
      weekly: schedule(on(WEEKDAYS, { opens: '18:00', closes: '06:00' })),
      exceptions: [],
    },
    amenities: ['drinking-water', 'microwave', 'seating', 'first-aid-kit', 'phone-charging', 'rest-bed'],
    services: ['psychological-counselling', 'haircut'],
    status: 'operating',
  },
  {
    names: { 'zh-CN': '金口街道户外工作者驿站', en: "Jinkou Street Outdoor Workers' Station" },
    district: '江夏区',
    address: '武汉市江夏区金口街金水路9号',
    location: { lat: 30.3402, lng: 114.1205 },
    hostOrganisation: 'party-branch',
    contactPhone: '027-81801234',
    capacity: 10,
    photos: ['https://photos.waystation.example/demo/jinkou-inside.jpg'],
    openingHours: {
      kind: 'weekly',
      weekly: schedule({
        ...on(WORKDAYS, { opens: '08:00', closes: '12:00' }, { opens: '14:00', closes: '18:00' }),
        saturday: [{ opens: '09:00', closes: '12:00' }],
      }),
      exceptions: [{ date: '2026-12-15', kind: 'closed', note: '设备检修，暂停开放' }],
    },
    amenities: ['drinking-water', 'air-conditioning', 'seating', 'toilet', 'umbrellas', 'repair-tools'],
    services: ['haircut', 'employment-policy-advice'],
    status: 'operating',
  },
  {
    names: { 'zh-CN': '郑店户外工作者驿站' },
    district: '江夏区',
    address: '武汉市江夏区郑店街黄金工业园路12号',
    location: { lat: 30.3167, lng: 114.2268 },
    hostOrganisation: 'enterprise',
    contactPhone: null,
    capacity: null,
    photos: [],
    openingHours: null,
    amenities: ['drinking-water', 'seating', 'phone-charging'],
    services: [],
    status: 'planned',
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
