import type { components } from './api/gateway-api.generated';

type Schemas = components['schemas'];
export type HomeView = Schemas['HomeViewDto_Output'];
export type NearbyStation = HomeView['stations'][number];
export type Station = Schemas['StationViewDto_Output'];
export type Amenity = Station['amenities'][number];
export type WorkerType = NonNullable<Schemas['MeViewDto_Output']['worker']>['workerType'];
export type ReportStatus = HomeView['openReports'][number]['status'];

/** Every value of a union, checked both ways by the compiler: a new one in the API does not compile until listed. */
const allOf =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)): readonly T[] =>
    list;

export const AMENITIES = allOf<Amenity>()([
  'drinking-water',
  'hot-water',
  'microwave',
  'air-conditioning',
  'heating',
  'seating',
  'books-and-newspapers',
  'phone-charging',
  'e-bike-charging',
  'toilet',
  'first-aid-kit',
  'umbrellas',
  'repair-tools',
  'wifi',
  'rest-bed',
  'lockers',
]);

export const WORKER_TYPES = allOf<WorkerType>()([
  'courier',
  'food-delivery',
  'ride-hailing',
  'sanitation',
  'landscaping',
  'municipal-maintenance',
  'other',
]);

export const REPORT_STATUSES = allOf<ReportStatus>()([
  'submitted',
  'confirmed',
  'rejected',
  'merged',
  'dispatched',
  'acknowledged',
  'in-progress',
  'resolved',
  'reopened',
  'not-responsible',
  'closed',
  'closed-not-fixed',
]);

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
