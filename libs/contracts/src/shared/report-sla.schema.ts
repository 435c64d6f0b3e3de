import { z } from 'zod';

/** The two promises a report's SLA makes: someone acknowledges it, then someone resolves it. */
export const slaDeadlineKindSchema = z.enum(['acknowledge', 'resolve']);
export type SlaDeadlineKind = z.infer<typeof slaDeadlineKindSchema>;

/** How an SLA's time runs: only in the city's working hours (holidays off), or round the clock. */
export const slaClockKindSchema = z.enum(['working-hours', 'calendar']);
export type SlaClockKind = z.infer<typeof slaClockKindSchema>;
