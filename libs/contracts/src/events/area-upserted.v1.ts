import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { areaBoundarySchema, bboxSchema } from '../shared/area-boundary.schema';
import { areaCodeSchema, areaLevelSchema } from '../shared/area-code.schema';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const areaUpsertedV1 = defineEvent({
  type: 'area.upserted',
  version: 1,
  topic: Topics.stations,
  description:
    'The city office imported an area of the city map (a district, street or community) that was new or had ' +
    'changed; the payload is the whole area, so the latest event per code is its current state. Reports keeps ' +
    'the map to give each report its community and district; points keeps community budgets. aggregateId: code.',
  payload: z.object({
    code: areaCodeSchema,
    level: areaLevelSchema,
    parentCode: areaCodeSchema.nullable().describe('The street of a community, the district of a street; null for a district'),
    nameZh: boundedTextSchema(100),
    nameEn: boundedTextSchema(100),
    boundary: areaBoundarySchema,
    bbox: bboxSchema,
    demo: z.boolean().describe('Demo data (npm start), not the real map'),
    upsertedAt: utcTimestampSchema,
  }),
});

export type AreaUpsertedV1 = EventOf<typeof areaUpsertedV1>;
