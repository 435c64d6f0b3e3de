import { z } from 'zod';

/** What an acceptance inspector found for one checklist item. */
export const InspectionResults = ['pass', 'fail', 'not-applicable'] as const;
export const inspectionResultSchema = z.enum(InspectionResults);
export type InspectionResult = z.infer<typeof inspectionResultSchema>;
