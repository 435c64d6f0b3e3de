import { geoPointSchema, stationStatusSchema } from '@waystation/contracts';
import { z } from 'zod';
import { nullableTextSchema, timestampSchema } from '../common/view-fields';
import { amenitySchema } from './station-commands';

export const stationViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  district: z.string(),
  address: z.string(),
  location: geoPointSchema,
  amenities: z.array(amenitySchema),
  openingHours: nullableTextSchema(),
  status: stationStatusSchema,
  createdAt: timestampSchema(),
});
export type StationView = z.infer<typeof stationViewSchema>;

export const nearbyStationViewSchema = stationViewSchema.extend({ distanceMeters: z.number().describe('From the point asked about') });
export type NearbyStationView = z.infer<typeof nearbyStationViewSchema>;
