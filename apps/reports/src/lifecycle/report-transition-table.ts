import { ReportStatus } from '@waystation/contracts';

/**
 * Who may make a move, as seen from the report:
 * - `reviewer`: community staff of the report's community, or an admin, who is not the report's reporter;
 * - `department`: a department user (the departments issue scopes them to the reports routed to them);
 * - `reporter`: the worker who filed the report;
 * - `scheduler`: the reports service itself, on a timer.
 */
export const MOVER_KINDS = ['reviewer', 'department', 'reporter', 'scheduler'] as const;
export type MoverKind = (typeof MOVER_KINDS)[number];

export interface AllowedMove {
  from: ReportStatus;
  to: ReportStatus;
  by: readonly MoverKind[];
}

/**
 * Every move a report may make, and who may make it; nothing else changes a report's status.
 *
 * `closed-not-fixed` says plainly that the city could not fix it: a department that took the work on
 * (acknowledged, in progress) may end there, and so may staff when no department will take it (not responsible)
 * or after the reporter said it was still not fixed (reopened). A report nobody has tried yet cannot end there.
 */
export const REPORT_TRANSITIONS: readonly AllowedMove[] = [
  { from: 'submitted', to: 'confirmed', by: ['reviewer'] },
  { from: 'submitted', to: 'rejected', by: ['reviewer'] },
  { from: 'submitted', to: 'merged', by: ['reviewer'] },
  { from: 'confirmed', to: 'dispatched', by: ['reviewer'] },
  { from: 'dispatched', to: 'acknowledged', by: ['department'] },
  { from: 'dispatched', to: 'not-responsible', by: ['department'] },
  { from: 'not-responsible', to: 'dispatched', by: ['reviewer'] },
  { from: 'acknowledged', to: 'in-progress', by: ['department'] },
  { from: 'in-progress', to: 'resolved', by: ['department'] },
  { from: 'resolved', to: 'closed', by: ['reporter', 'scheduler'] },
  { from: 'resolved', to: 'reopened', by: ['reporter'] },
  { from: 'reopened', to: 'dispatched', by: ['reviewer'] },
  { from: 'acknowledged', to: 'closed-not-fixed', by: ['department'] },
  { from: 'in-progress', to: 'closed-not-fixed', by: ['department'] },
  { from: 'not-responsible', to: 'closed-not-fixed', by: ['reviewer'] },
  { from: 'reopened', to: 'closed-not-fixed', by: ['reviewer'] },
];

/** The statuses a review decides, from `submitted`. */
export const REVIEW_VERDICTS: readonly ReportStatus[] = ['confirmed', 'rejected', 'merged'];

/** Who may move a report from `from` to `to`; undefined when the move does not exist. */
export function moversOf(from: ReportStatus, to: ReportStatus): readonly MoverKind[] | undefined {
  return REPORT_TRANSITIONS.find((move) => move.from === from && move.to === to)?.by;
}
