import { CreateStation } from '@waystation/http-api';

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
  },
  {
    name: '藏龙岛户外工作者驿站',
    district: '江夏区',
    address: '武汉市江夏区藏龙岛杨桥湖大道18号',
    location: { lat: 30.4082, lng: 114.4156 },
    amenities: ['water', 'air-conditioning', 'seating', 'books', 'charging', 'wifi'],
    openingHours: '07:00-22:00',
    status: 'operating',
  },
  {
    name: '庙山户外工作者驿站',
    district: '江夏区',
    address: '武汉市江夏区庙山大道66号',
    location: { lat: 30.4265, lng: 114.3631 },
    amenities: ['water', 'microwave', 'seating', 'first-aid', 'charging'],
    openingHours: '00:00-24:00',
    status: 'operating',
  },
  {
    name: '金口街道户外工作者驿站',
    district: '江夏区',
    address: '武汉市江夏区金口街金水路9号',
    location: { lat: 30.3402, lng: 114.1205 },
    amenities: ['water', 'air-conditioning', 'seating', 'toilet'],
    openingHours: '08:00-18:00',
    status: 'operating',
  },
  {
    name: '郑店户外工作者驿站',
    district: '江夏区',
    address: '武汉市江夏区郑店街黄金工业园路12号',
    location: { lat: 30.3167, lng: 114.2268 },
    amenities: ['water', 'seating', 'charging'],
    openingHours: '09:00-17:00',
    status: 'planned',
  },
];
