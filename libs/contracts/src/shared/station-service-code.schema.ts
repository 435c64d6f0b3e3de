import { z } from 'zod';

/**
 * A service a station hosts (`legal-aid`, `free-clinic`, …). The city office configures further ones, so it is a
 * code of a known shape rather than a fixed list: kebab-case like the built-in ones, so a code added later reads the same.
 */
export const stationServiceCodeSchema = z
  .string()
  .min(2)
  .max(50)
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, { error: 'Must be kebab-case: lower-case letters and digits joined by single hyphens' });
export type StationServiceCode = z.infer<typeof stationServiceCodeSchema>;
