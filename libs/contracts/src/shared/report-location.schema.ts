import { z } from 'zod';
import { geoPointSchema } from './geo-point.schema';

/** Where a report was made: the device's point and how sure the device was of it (its accuracy radius). */
export const reportLocationSchema = geoPointSchema.extend({
  accuracyMeters: z.number().min(0).max(10_000).describe('The radius, in metres, the device is 68% sure the point lies within'),
});
export type ReportLocation = z.infer<typeof reportLocationSchema>;
