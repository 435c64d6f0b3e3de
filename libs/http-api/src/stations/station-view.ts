import { amenitySchema, geoPointSchema, stationStatusSchema, utcTimestampSchema } from '@waystation/contracts';
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
});
export type StationView = z.infer<typeof stationViewSchema>;

export const nearbyStationViewSchema = stationViewSchema.extend({ distanceMeters: z.number().describe('From the point asked about') });
export type NearbyStationView = z.infer<typeof nearbyStationViewSchema>;
