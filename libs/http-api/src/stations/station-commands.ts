import {
  amenitySchema,
  boundedTextSchema,
  communityCodeSchema,
  districtCodeSchema,
  stationProfileSchema,
  stationServiceCodeSchema,
  stationStatusSchema,
} from '@waystation/contracts';
import { z } from 'zod';
import { queryNumberSchema } from '../common/query-number';

const { shape: profile } = stationProfileSchema;

/** The city office registers a station with its profile; what is not known yet may be left out. */
export const createStationSchema = z.object({
  names: profile.names,
  district: boundedTextSchema(50),
  districtCode: districtCodeSchema.optional().describe('The district targets and progress count the station in'),
  address: profile.address,
  location: profile.location,
  hostOrganisation: profile.hostOrganisation.default(null),
  contactPhone: profile.contactPhone.default(null),
  capacity: profile.capacity.default(null),
  photos: profile.photos.default([]),
  openingHours: profile.openingHours.default(null),
  amenities: profile.amenities.default([]),
  services: profile.services.default([]),
  status: stationStatusSchema
    .exclude(['accepted'])
    .default('planned')
    .describe(
      'Planned for a new station; an existing one may enter the registry as it is, except accepted, which only an inspection gives',
    ),
  communityCode: communityCodeSchema.optional().describe('The community it belongs to; when absent, the one its location lies in'),
});
export type CreateStation = z.output<typeof createStationSchema>;

/** `PATCH /stations/{id}`: the fields to change, each replaced whole (null: no longer known). */
export const updateStationSchema = stationProfileSchema
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, { error: 'Name at least one field to change' });
export type UpdateStation = z.output<typeof updateStationSchema>;

/**
 * One value or several (`?amenity=toilet&amenity=wifi`, or comma-separated), each required. Empty parts are none:
 * the gateway forwards a list comma-joined, so an empty list arrives as `amenity=`.
 */
const amenitiesQuerySchema = z.preprocess(
  (value) =>
    (value === undefined ? [] : Array.isArray(value) ? value : [value])
      .flatMap((item) => String(item).split(','))
      .filter((item) => item !== ''),
  z.array(amenitySchema).max(16),
);

const queryBooleanSchema = z
  .enum(['true', 'false'])
  .default('false')
  .transform((value) => value === 'true');

/** What a worker looks for near a point: the nearby search's filters, also the home screen's. */
export const nearbyStationFiltersSchema = z.object({
  lat: queryNumberSchema(z.coerce.number().min(-90).max(90)),
  lng: queryNumberSchema(z.coerce.number().min(-180).max(180)),
  radius: queryNumberSchema(z.coerce.number().int().min(1).max(50_000).default(3_000).describe('metres')),
  amenity: amenitiesQuerySchema.describe('Stations with every one of these amenities; repeat the parameter or separate by commas'),
  service: stationServiceCodeSchema.optional().describe('Stations offering this service'),
  openNow: queryBooleanSchema.describe('Only stations open now'),
  hasFreeSeats: queryBooleanSchema.describe('Only stations with a capacity and a seat free now'),
  openAt: z.iso
    .datetime({ offset: true, abort: true })
    .refine(
      (instant) => new Date(instant).getUTCFullYear() >= 2000 && new Date(instant).getUTCFullYear() <= 2100,
      // PostgreSQL has no year 0000, which ISO-8601 allows.
      { error: 'Must be an instant from 2000 to 2100' },
    )
    .optional()
    .describe('Only stations open at this instant (ISO-8601)'),
});

/** A search asks for stations open now or open at an instant, not both. */
export const oneOpeningFilter = ({ openNow, openAt }: { openNow: boolean; openAt?: string }) => !(openNow && openAt);
export const ONE_OPENING_FILTER = { error: 'Ask for openNow or openAt, not both', path: ['openAt'] };

export const nearbyStationsQuerySchema = nearbyStationFiltersSchema
  .extend({
    status: stationStatusSchema.default('operating'),
    cursor: z
      .string()
      .regex(/^\d+(\.\d+)?(e[-+]?\d+)?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
        error: 'Not a cursor this search gave',
      })
      .optional(),
    limit: queryNumberSchema(z.coerce.number().int().min(1).max(100).default(20)),
  })
  .refine(oneOpeningFilter, ONE_OPENING_FILTER);
export type NearbyStationsQuery = z.output<typeof nearbyStationsQuerySchema>;

export const createStationServiceTypeSchema = z.object({
  code: stationServiceCodeSchema,
  names: z.object({ 'zh-CN': boundedTextSchema(50), en: boundedTextSchema(100) }),
});
export type CreateStationServiceType = z.output<typeof createStationServiceTypeSchema>;
