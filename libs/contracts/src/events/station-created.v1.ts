import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
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
    name: z.string().min(1),
    district: z.string().min(1),
    address: z.string().min(1),
    location: geoPointSchema,
    amenities: z.array(z.string().min(1)),
    openingHours: z.string().min(1).describe('As posted at the door, e.g. 07:00-21:00').optional(),
    status: stationStatusSchema,
    createdAt: utcTimestampSchema,
  }),
});

export type StationCreatedV1 = EventOf<typeof stationCreatedV1>;
