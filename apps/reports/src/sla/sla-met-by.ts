import { ReportStatus, SlaDeadlineKind } from '@waystation/contracts';

/**
 * The statuses in which a deadline of that kind no longer runs: it was met (or the report left the city's hands).
 * A report in any other status past its deadline is overdue.
 */
export const SLA_MET_BY: Record<SlaDeadlineKind, readonly ReportStatus[]> = {
  acknowledge: ['acknowledged', 'in-progress', 'resolved', 'closed', 'closed-not-fixed', 'rejected', 'merged'],
  resolve: ['resolved', 'closed', 'closed-not-fixed', 'rejected', 'merged'],
};

/** SQL true when report row `r`'s status has not met deadline row `d` (`$n` and `$n+1` bound to `slaMetByParameters()`). */
export const slaUnmetCondition = (firstParameter: number) =>
  `r.status <> ALL (CASE d.kind WHEN 'acknowledge' THEN $${firstParameter}::text[] ELSE $${firstParameter + 1}::text[] END)`;

export const slaMetByParameters = (): [readonly ReportStatus[], readonly ReportStatus[]] => [SLA_MET_BY.acknowledge, SLA_MET_BY.resolve];
