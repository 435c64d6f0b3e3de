import { ReportStatus } from '@waystation/contracts';
import { DomainError } from '@waystation/platform';

/** The table has no such move. */
export class TransitionNotAllowedError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'transition-not-allowed';

  constructor(reportId: string, from: ReportStatus, to: ReportStatus) {
    super(`Report ${reportId} cannot move from ${from} to ${to}`, { reportId, from, to, currentStatus: from });
  }
}

/** A review verdict for a report that is no longer waiting for one. */
export class ReportAlreadyReviewedError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'report-already-reviewed';

  constructor(reportId: string, from: ReportStatus, to: ReportStatus) {
    super(`Report ${reportId} was already reviewed (${from}); it cannot move from ${from} to ${to}`, {
      reportId,
      from,
      to,
      currentStatus: from,
    });
  }
}

/** The move exists, but the caller's part in this report is not one that may make it. */
export class MoveNotPermittedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'move-not-permitted';

  constructor(reportId: string, from: ReportStatus, to: ReportStatus, role: string) {
    super(`A ${role} cannot move report ${reportId} from ${from} to ${to}`, { reportId, from, to, role });
  }
}
