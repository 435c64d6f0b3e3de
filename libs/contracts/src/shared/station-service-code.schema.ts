import { z } from 'zod';

/**
 * A service a station hosts (`legal-aid`, `free-clinic`, …). The city office configures further ones, so it is a
 * code of a known shape rather than a fixed list.
 */
export const stationServiceCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, { error: 'Expected a kebab-case service code such as legal-aid' })
  .max(50);
export type StationServiceCode = z.infer<typeof stationServiceCodeSchema>;
