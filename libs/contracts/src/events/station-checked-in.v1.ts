import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { checkInMethodSchema } from '../shared/check-in-method.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const stationCheckedInV1 = defineEvent({
  type: 'station.checked-in',
  version: 1,
  topic: Topics.stations,
  description:
    'A worker checked in at a station. It names the station only, never where the worker was: points may pay for ' +
    'visits, analytics count them. aggregateId: stationId.',
  payload: z.object({
    checkInId: entityIdSchema,
    stationId: entityIdSchema,
    workerId: entityIdSchema,
    method: checkInMethodSchema,
    checkedInAt: utcTimestampSchema,
  }),
});

export type StationCheckedInV1 = EventOf<typeof stationCheckedInV1>;
