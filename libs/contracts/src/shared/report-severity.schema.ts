import { z } from 'zod';

/** How serious community staff judge a confirmed report: what departments and SLAs order their work by. */
export const reportSeveritySchema = z.enum(['low', 'medium', 'high', 'urgent']);

export type ReportSeverity = z.infer<typeof reportSeveritySchema>;
