import { z } from 'zod';

/**
 * A station's lifecycle: planned → under-construction → built → accepted (only through a passed acceptance
 * inspection) → operating ⇄ suspended → closed. Only an operating station receives workers.
 */
export const StationStatuses = ['planned', 'under-construction', 'built', 'accepted', 'operating', 'suspended', 'closed'] as const;
export const stationStatusSchema = z.enum(StationStatuses);

export type StationStatus = z.infer<typeof stationStatusSchema>;
