import { z } from 'zod';

/**
 * Every state a report can be in. Review ends a report's own life at `confirmed`, `rejected` or `merged`; the
 * departments then move a confirmed report on: dispatched → acknowledged → in-progress → resolved → closed, with
 * `reopened` (the reporter says it is not fixed), `not-responsible` (a department sends it back for re-routing) and
 * an honest `closed-not-fixed` (the city could not fix it). Which moves are allowed is decided in one place, in
 * the reports service.
 */
export const reportStatusSchema = z.enum([
  'submitted',
  'confirmed',
  'rejected',
  'merged',
  'dispatched',
  'acknowledged',
  'in-progress',
  'resolved',
  'reopened',
  'not-responsible',
  'closed',
  'closed-not-fixed',
]);

export type ReportStatus = z.infer<typeof reportStatusSchema>;

/** The states after which nothing more happens to a report; every other one is open (the reporter still waits). */
export const FINAL_REPORT_STATUSES: readonly ReportStatus[] = ['rejected', 'merged', 'closed', 'closed-not-fixed'];

export const isOpenReportStatus = (status: ReportStatus): boolean => !FINAL_REPORT_STATUSES.includes(status);
