import { z } from 'zod';

export const reportStatusSchema = z.enum(['submitted', 'confirmed', 'rejected']);

export type ReportStatus = z.infer<typeof reportStatusSchema>;
