import { z } from 'zod';
import { amenitySchema } from './amenity.schema';
import { boundedTextSchema } from './bounded-text.schema';
import { contactPhoneSchema } from './contact-phone.schema';
import { geoPointSchema } from './geo-point.schema';
import { hostOrganisationSchema } from './host-organisation.schema';
import { openingHoursSchema } from './opening-hours.schema';
import { photoUrlSchema } from './photo-url.schema';
import { stationNamesSchema } from './station-names.schema';
import { stationServiceCodeSchema } from './station-service-code.schema';

const distinct = <T>(values: T[]) => new Set(values).size === values.length;

/**
 * What a station tells the people who look for it; registered by the city office, kept up by its manager.
 * Null where it is not known yet (a planned station has no hours).
 */
export const stationProfileSchema = z.object({
  names: stationNamesSchema,
  address: boundedTextSchema(300),
  location: geoPointSchema,
  hostOrganisation: hostOrganisationSchema.nullable(),
  contactPhone: contactPhoneSchema.nullable(),
  capacity: z.number().int().min(1).max(1_000).nullable().describe('Seats'),
  photos: z.array(photoUrlSchema).max(10),
  openingHours: openingHoursSchema.nullable(),
  amenities: z.array(amenitySchema).max(16).refine(distinct, { error: 'Each amenity once' }),
  services: z
    .array(stationServiceCodeSchema)
    .max(30)
    .refine(distinct, { error: 'Each service once' })
    .describe('Codes of station service types (GET /api/v1/station-service-types)'),
});
export type StationProfile = z.infer<typeof stationProfileSchema>;
export type StationProfileField = keyof StationProfile;
