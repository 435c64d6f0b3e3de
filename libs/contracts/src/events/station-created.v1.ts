import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { amenitySchema } from '../shared/amenity.schema';
import { districtCodeSchema } from '../shared/area-code.schema';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { geoPointSchema } from '../shared/geo-point.schema';
import { stationStatusSchema } from '../shared/station-status.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const stationCreatedV1 = defineEvent({
  type: 'station.created',
  version: 1,
  topic: Topics.stations,
  description:
    'A station was added to the registry. Reports keeps station names to show near a report; ' +
    'notifications tells nearby workers. aggregateId: stationId.',
  payload: z.object({
    stationId: entityIdSchema,
    name: boundedTextSchema(100),
    district: boundedTextSchema(50),
    districtCode: districtCodeSchema.optional(),
    address: boundedTextSchema(300),
    location: geoPointSchema,
    amenities: z.array(amenitySchema).max(20),
    openingHours: boundedTextSchema(100).describe('As posted at the door, e.g. 07:00-21:00').optional(),
    status: stationStatusSchema,
    createdAt: utcTimestampSchema,
  }),
});

export type StationCreatedV1 = EventOf<typeof stationCreatedV1>;
