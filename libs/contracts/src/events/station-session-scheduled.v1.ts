import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { sessionTitleSchema } from '../shared/session-title.schema';
import { stationServiceCodeSchema } from '../shared/station-service-code.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const stationSessionScheduledV1 = defineEvent({
  type: 'station-session.scheduled',
  version: 1,
  topic: Topics.stations,
  description:
    "A station's manager scheduled a session of one of its services (legal aid, a free clinic, …) with a number " +
    'of places. Notifications may tell nearby workers. aggregateId: sessionId.',
  payload: z.object({
    sessionId: entityIdSchema,
    stationId: entityIdSchema,
    serviceCode: stationServiceCodeSchema,
    title: sessionTitleSchema,
    startsAt: utcTimestampSchema,
    endsAt: utcTimestampSchema,
    places: z.number().int().min(1).max(10_000),
    scheduledBy: entityIdSchema,
    scheduledAt: utcTimestampSchema,
  }),
});

export type StationSessionScheduledV1 = EventOf<typeof stationSessionScheduledV1>;
