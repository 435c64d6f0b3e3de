import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const stationSessionSignedUpV1 = defineEvent({
  type: 'station-session.signed-up',
  version: 1,
  topic: Topics.stations,
  description:
    'A worker signed up for a session and holds a place (confirmed) or waits for one (waitlisted); also published ' +
    'when a cancellation moves the first waiting worker up (confirmed, movedUp). aggregateId: sessionId.',
  payload: z.object({
    sessionId: entityIdSchema,
    stationId: entityIdSchema,
    workerId: entityIdSchema,
    status: z.enum(['confirmed', 'waitlisted']),
    movedUp: z.boolean().describe('True when a cancellation gave this waiting worker a place'),
    signedUpAt: utcTimestampSchema,
  }),
});

export type StationSessionSignedUpV1 = EventOf<typeof stationSessionSignedUpV1>;
