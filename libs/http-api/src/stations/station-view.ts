import {
  amenitySchema,
  areaCodeSchema,
  communityCodeSchema,
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
  photos: z.array(z.string()),
  openingHours: openingHoursSchema.nullable().describe("In the city's time zone; null while not known"),
  amenities: z.array(amenitySchema),
  services: z.array(stationServiceCodeSchema),
  status: stationStatusSchema,
  capacity: z.number().int().min(1).nullable().describe('Seats; null where the station has not said'),
  occupancy: z.number().int().min(0).describe('Workers checked in right now'),
  freeSeats: z.number().int().min(0).nullable().describe('Capacity less occupancy, never below 0; null without a capacity'),
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema.nullable(),
  communityCode: communityCodeSchema.nullable().describe('Null when its location lies in no community of the map'),
  districtCode: areaCodeSchema
    .nullable()
    .describe("Its community's district, or the one the city office named; null when neither is known"),
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
