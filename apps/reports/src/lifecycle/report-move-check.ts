import { ReportStatus } from '@waystation/contracts';
import { DomainError } from '@waystation/platform';
import { Mover, MovedReport, moverKindsOf } from './report-mover';
import { moversOf, REVIEW_VERDICTS } from './report-transition-table';
import { MoveNotPermittedError, ReportAlreadyReviewedError, TransitionNotAllowedError } from './transition-errors';

export interface CheckedReport extends MovedReport {
  id: string;
  status: ReportStatus;
}

/** Why `mover` may not move `report` to `to`, or undefined when the table allows it. */
export function refusalOf(report: CheckedReport, to: ReportStatus, mover: Mover): DomainError | undefined {
  const allowed = moversOf(report.status, to);
  if (!allowed) {
    return REVIEW_VERDICTS.includes(to) && report.status !== 'submitted'
      ? new ReportAlreadyReviewedError(report.id, report.status, to)
      : new TransitionNotAllowedError(report.id, report.status, to);
  }
  const kinds = moverKindsOf(mover, report);
  if (!kinds.some((kind) => allowed.includes(kind))) return new MoveNotPermittedError(report.id, report.status, to, mover.role);
  return undefined;
}
