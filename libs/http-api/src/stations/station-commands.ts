import {
  amenitySchema,
  boundedTextSchema,
  communityCodeSchema,
  districtCodeSchema,
  geoPointSchema,
  stationStatusSchema,
} from '@waystation/contracts';
import { z } from 'zod';
import { queryNumberSchema } from '../common/query-number';

export const createStationSchema = z.object({
  name: boundedTextSchema(100),
  district: boundedTextSchema(50),
  districtCode: districtCodeSchema.optional().describe('The district targets and progress count the station in'),
  address: boundedTextSchema(300),
  location: geoPointSchema,
  amenities: z.array(amenitySchema).max(20).default([]),
  openingHours: boundedTextSchema(100).optional(),
  status: stationStatusSchema
    .exclude(['accepted'])
    .default('planned')
    .describe(
      'Planned for a new station; an existing one may enter the registry as it is, except accepted, which only an inspection gives',
    ),
  communityCode: communityCodeSchema.optional().describe('The community it belongs to; when absent, the one its location lies in'),
  capacity: z.number().int().min(0).max(10_000).optional().describe('Seats'),
});
export type CreateStation = z.output<typeof createStationSchema>;

export const nearbyStationsQuerySchema = z.object({
  lat: queryNumberSchema(z.coerce.number().min(-90).max(90)),
  lng: queryNumberSchema(z.coerce.number().min(-180).max(180)),
  radius: queryNumberSchema(z.coerce.number().int().min(1).max(50_000).default(3_000).describe('metres')),
  amenity: amenitySchema.optional(),
  openOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  hasFreeSeats: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('Only stations with a capacity and a seat free now'),
  limit: queryNumberSchema(z.coerce.number().int().min(1).max(100).default(20)),
});
export type NearbyStationsQuery = z.output<typeof nearbyStationsQuerySchema>;
