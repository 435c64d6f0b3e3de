import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { stationProfileSchema } from '../shared/station-profile.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const stationUpdatedV1 = defineEvent({
  type: 'station.updated',
  version: 1,
  topic: Topics.stations,
  description:
    "A station's profile was edited by its manager or the city office. `changes` holds the new value of each field " +
    'that changed, and only those (null: no longer known). aggregateId: stationId.',
  payload: z.object({
    stationId: entityIdSchema,
    changes: stationProfileSchema.partial().refine((changes) => Object.keys(changes).length > 0, { error: 'At least one field changed' }),
    updatedBy: z.string().min(1).max(100),
    updatedAt: utcTimestampSchema,
  }),
});

export type StationUpdatedV1 = EventOf<typeof stationUpdatedV1>;
