import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const stationAcceptedV1 = defineEvent({
  type: 'station.accepted',
  version: 1,
  topic: Topics.stations,
  description:
    'A built station passed its acceptance inspection (验收) and may open. Notifications tells its manager; ' +
    'the city office counts it against the district target. aggregateId: stationId.',
  payload: z.object({
    stationId: entityIdSchema,
    inspectionId: entityIdSchema,
    inspectorId: entityIdSchema,
    acceptedAt: utcTimestampSchema,
  }),
});

export type StationAcceptedV1 = EventOf<typeof stationAcceptedV1>;
