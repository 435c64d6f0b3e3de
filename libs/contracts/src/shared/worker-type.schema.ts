import { z } from 'zod';

/** What kind of outdoor work a worker does; the city's figures and a station's offers are broken down by it. */
export const workerTypeSchema = z.enum([
  'courier',
  'food-delivery',
  'ride-hailing',
  'sanitation',
  'landscaping',
  'municipal-maintenance',
  'other',
]);
export type WorkerType = z.infer<typeof workerTypeSchema>;
