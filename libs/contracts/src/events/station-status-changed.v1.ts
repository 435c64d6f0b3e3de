import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { stationStatusSchema } from '../shared/station-status.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const stationStatusChangedV1 = defineEvent({
  type: 'station.status-changed',
  version: 1,
  topic: Topics.stations,
  description:
    'A station moved along its lifecycle (planned → under-construction → built → accepted → operating ⇄ ' +
    'suspended → closed). Reports and notifications keep whether a station receives workers. aggregateId: stationId.',
  payload: z.object({
    stationId: entityIdSchema,
    from: stationStatusSchema,
    to: stationStatusSchema,
    reason: boundedTextSchema(500, { multiline: true }),
    changedBy: entityIdSchema,
    changedAt: utcTimestampSchema,
    inspectionId: entityIdSchema.describe('The passed acceptance inspection, for a move to accepted').optional(),
  }),
});

export type StationStatusChangedV1 = EventOf<typeof stationStatusChangedV1>;
