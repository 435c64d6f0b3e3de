import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const stationSessionCancelledV1 = defineEvent({
  type: 'station-session.cancelled',
  version: 1,
  topic: Topics.stations,
  description:
    "A worker cancelled their sign-up for a session; when they held a place, the first waiting worker's " +
    'station-session.signed-up (movedUp) follows. aggregateId: sessionId.',
  payload: z.object({
    sessionId: entityIdSchema,
    stationId: entityIdSchema,
    workerId: entityIdSchema,
    previousStatus: z.enum(['confirmed', 'waitlisted']),
    cancelledAt: utcTimestampSchema,
  }),
});

export type StationSessionCancelledV1 = EventOf<typeof stationSessionCancelledV1>;
