import { DomainError } from '@waystation/platform';

/** A report merged into itself. */
export class MergeIntoItselfError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'merge-into-itself';

  constructor(reportId: string) {
    super(`Report ${reportId} cannot be merged into itself`, { reportId });
  }
}

/** The case to merge into has ended (rejected, merged elsewhere, resolved or closed): nothing joins it any more. */
export class CaseNotOpenError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'case-not-open';

  constructor(caseId: string, status: string) {
    super(`Case ${caseId} is ${status}; a report can only join an open case`, { caseId, caseStatus: status });
  }
}

/** A merged report asked to join another case. */
export class ReportAlreadyMergedError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'report-already-merged';

  constructor(reportId: string, caseId: string) {
    super(`Report ${reportId} was already merged into case ${caseId}`, { reportId, caseId });
  }
}
