import { z } from 'zod';
import { queryNumberSchema } from '../common/query-number';
import { nearbyStationFiltersSchema, ONE_OPENING_FILTER, oneOpeningFilter } from '../stations/station-commands';

/** `GET /api/v1/me/home`: the nearby search's filters, for the operating stations the first screen lists. */
export const homeQuerySchema = nearbyStationFiltersSchema
  .extend({ limit: queryNumberSchema(z.coerce.number().int().min(1).max(50).default(10).describe('Stations listed at most')) })
  .refine(oneOpeningFilter, ONE_OPENING_FILTER);
export type HomeQuery = z.output<typeof homeQuerySchema>;
