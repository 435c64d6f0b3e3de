import { z } from 'zod';

/** The services every city has; the city office adds more as station service types of its own. */
export const BUILT_IN_STATION_SERVICES = [
  'free-clinic',
  'legal-aid',
  'psychological-counselling',
  'employment-policy-advice',
  'social-events',
  'haircut',
] as const;

/** A station service type's code: kebab-case like the built-in ones, so a code added later reads the same. */
export const stationServiceCodeSchema = z
  .string()
  .min(2)
  .max(50)
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, { error: 'Must be kebab-case: lower-case letters and digits joined by single hyphens' });

export type StationServiceCode = z.infer<typeof stationServiceCodeSchema>;
