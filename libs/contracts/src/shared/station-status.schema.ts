import { z } from 'zod';

export const stationStatusSchema = z.enum(['planned', 'open', 'closed', 'suspended']);

export type StationStatus = z.infer<typeof stationStatusSchema>;
