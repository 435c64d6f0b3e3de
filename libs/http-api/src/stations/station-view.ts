import {
  amenitySchema,
  areaCodeSchema,
  communityCodeSchema,
  geoPointSchema,
  stationStatusSchema,
  utcTimestampSchema,
} from '@waystation/contracts';
import { z } from 'zod';
import { nullableTextSchema } from '../common/view-fields';

export const stationViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  district: z.string(),
  address: z.string(),
  location: geoPointSchema,
  amenities: z.array(amenitySchema),
  openingHours: nullableTextSchema(),
  status: stationStatusSchema,
  capacity: z.number().int().min(0).nullable().describe('Seats; null where the station has not said'),
  occupancy: z.number().int().min(0).describe('Workers checked in right now'),
  freeSeats: z.number().int().min(0).nullable().describe('Capacity less occupancy, never below 0; null without a capacity'),
  createdAt: utcTimestampSchema,
  communityCode: communityCodeSchema.nullable().describe('Null when its location lies in no community of the map'),
  districtCode: areaCodeSchema
    .nullable()
    .describe("Its community's district, or the one the city office named; null when neither is known"),
});
export type StationView = z.infer<typeof stationViewSchema>;

export const nearbyStationViewSchema = stationViewSchema.extend({ distanceMeters: z.number().describe('From the point asked about') });
export type NearbyStationView = z.infer<typeof nearbyStationViewSchema>;
