import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { checkInMethodSchema, checkOutReasonSchema } from '../shared/check-in-method.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const stationCheckedOutV1 = defineEvent({
  type: 'station.checked-out',
  version: 1,
  topic: Topics.stations,
  description:
    'A check-in ended: the worker checked out, or the time limit checked them out (reason). A seat is free again. ' +
    'aggregateId: stationId.',
  payload: z.object({
    checkInId: entityIdSchema,
    stationId: entityIdSchema,
    workerId: entityIdSchema,
    method: checkInMethodSchema,
    checkedInAt: utcTimestampSchema,
    checkedOutAt: utcTimestampSchema,
    reason: checkOutReasonSchema,
  }),
});

export type StationCheckedOutV1 = EventOf<typeof stationCheckedOutV1>;
