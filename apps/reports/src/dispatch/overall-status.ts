import { DepartmentAssignmentStatus, ReportStatus } from '@waystation/contracts';

/** The report statuses that follow from its departments' progress. */
export type DerivedReportStatus = Extract<ReportStatus, 'dispatched' | 'acknowledged' | 'in-progress' | 'resolved' | 'not-responsible'>;

/**
 * A report's overall status, from the progress of every department it was sent to. The rule, in order:
 *
 * 1. Withdrawn departments (re-routed away) do not count. With none left there is nothing to derive (undefined).
 * 2. When every department left answered "not responsible", the report is `not-responsible`: it is back with staff.
 * 3. Otherwise only the departments still working count (not "not responsible"):
 *    - every one of them resolved → `resolved`;
 *    - any of them in progress or resolved → `in-progress` (the work has started and is not finished everywhere);
 *    - any of them acknowledged → `acknowledged`;
 *    - else (all dispatched) → `dispatched`.
 *
 * So a department answering "not responsible" never holds the others up, and the report is resolved only when
 * each department that took it on has resolved its part.
 */
export function overallStatusOf(statuses: readonly DepartmentAssignmentStatus[]): DerivedReportStatus | undefined {
  const counted = statuses.filter((status) => status !== 'withdrawn');
  if (counted.length === 0) return undefined;
  const working = counted.filter((status) => status !== 'not-responsible');
  if (working.length === 0) return 'not-responsible';
  if (working.every((status) => status === 'resolved')) return 'resolved';
  if (working.some((status) => status === 'in-progress' || status === 'resolved')) return 'in-progress';
  if (working.includes('acknowledged')) return 'acknowledged';
  return 'dispatched';
}
