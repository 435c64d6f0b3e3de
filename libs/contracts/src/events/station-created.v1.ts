import { defineEvent, type EventOf } from '../define-event';
import { communityCodeSchema, districtCodeSchema } from '../shared/area-code.schema';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { stationProfileSchema } from '../shared/station-profile.schema';
import { stationStatusSchema } from '../shared/station-status.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const stationCreatedV1 = defineEvent({
  type: 'station.created',
  version: 1,
  topic: Topics.stations,
  description:
    'A station was added to the registry, with its whole profile. Reports keeps station names to show near a report; ' +
    'notifications tells nearby workers. aggregateId: stationId.',
  payload: stationProfileSchema.extend({
    stationId: entityIdSchema,
    district: boundedTextSchema(50),
    districtCode: districtCodeSchema.optional(),
    communityCode: communityCodeSchema.optional().describe('The community of the city map the station stands in, where the map places it'),
    status: stationStatusSchema,
    createdAt: utcTimestampSchema,
  }),
});

export type StationCreatedV1 = EventOf<typeof stationCreatedV1>;
