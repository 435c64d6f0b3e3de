import { boundedTextSchema, stationStatusSchema, utcTimestampSchema } from '@waystation/contracts';
import { z } from 'zod';
import { nullableTextSchema } from '../common/view-fields';

export const changeStationStatusSchema = z.object({
  to: stationStatusSchema.describe('The status to move to; accepted is reached only through a passed acceptance inspection'),
  reason: boundedTextSchema(500, { multiline: true }).describe('Why, kept in the station history'),
});
export type ChangeStationStatus = z.output<typeof changeStationStatusSchema>;

export const stationStatusChangeViewSchema = z.object({
  id: z.uuid(),
  stationId: z.uuid(),
  from: stationStatusSchema.nullable().describe('Null for the status the station entered the registry with'),
  to: stationStatusSchema,
  reason: z.string(),
  changedBy: z.string(),
  changedAt: utcTimestampSchema,
  inspectionId: nullableTextSchema().describe('The passed acceptance inspection that made the move, if one did'),
});
export type StationStatusChangeView = z.infer<typeof stationStatusChangeViewSchema>;
