import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { stationServiceCodeSchema } from '../shared/station-service-code.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const stationSessionAttendedV1 = defineEvent({
  type: 'station-session.attended',
  version: 1,
  topic: Topics.stations,
  description:
    "The station's manager marked a worker with a place as present at a session, once per worker and session. " +
    'Points will pay for attendance. aggregateId: sessionId.',
  payload: z.object({
    sessionId: entityIdSchema,
    stationId: entityIdSchema,
    workerId: entityIdSchema,
    serviceCode: stationServiceCodeSchema,
    markedBy: entityIdSchema,
    attendedAt: utcTimestampSchema,
  }),
});

export type StationSessionAttendedV1 = EventOf<typeof stationSessionAttendedV1>;
