import {
  amenitySchema,
  geoPointSchema,
  hostOrganisationSchema,
  openingHoursSchema,
  stationServiceCodeSchema,
  stationStatusSchema,
  utcTimestampSchema,
} from '@waystation/contracts';
import { z } from 'zod';
import { nullableTextSchema } from '../common/view-fields';

export const stationViewSchema = z.object({
  id: z.uuid(),
  names: z.object({ 'zh-CN': z.string(), en: nullableTextSchema() }),
  district: z.string(),
  address: z.string(),
  location: geoPointSchema,
  hostOrganisation: hostOrganisationSchema.nullable(),
  contactPhone: nullableTextSchema().describe('E.164'),
  capacity: z.number().int().nullable().describe('Seats'),
  photos: z.array(z.string()),
  openingHours: openingHoursSchema.nullable().describe("In the city's time zone; null while not known"),
  amenities: z.array(amenitySchema),
  services: z.array(stationServiceCodeSchema),
  status: stationStatusSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema.nullable(),
});
export type StationView = z.infer<typeof stationViewSchema>;

export const nearbyStationViewSchema = stationViewSchema.extend({
  distanceMeters: z.number().describe('From the point asked about'),
  openNow: z.boolean(),
  openUntil: utcTimestampSchema.nullable().describe('When it closes, if open now; null when no closing is planned'),
  opensAt: utcTimestampSchema.nullable().describe('When it opens next, if closed now; null when no opening is planned'),
});
export type NearbyStationView = z.infer<typeof nearbyStationViewSchema>;

export const stationServiceTypeViewSchema = z.object({
  code: stationServiceCodeSchema,
  names: z.object({ 'zh-CN': z.string(), en: z.string() }),
  builtIn: z.boolean(),
});
export type StationServiceTypeView = z.infer<typeof stationServiceTypeViewSchema>;
