import { z } from 'zod';
import { boundedTextSchema } from './bounded-text.schema';

/** A station's name in each language the apps speak; the English one is optional (many have none yet). */
export const stationNamesSchema = z.object({
  'zh-CN': boundedTextSchema(100),
  en: boundedTextSchema(100).optional(),
});
export type StationNames = z.infer<typeof stationNamesSchema>;
