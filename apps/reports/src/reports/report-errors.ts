import { DomainError } from '@waystation/platform';

export class ReportNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'report-not-found';

  constructor(reportId: string) {
    super(`Report ${reportId} does not exist or is not visible to you`, { reportId });
  }
}

export class ReportAlreadyReviewedError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'report-already-reviewed';

  constructor(reportId: string, status: string) {
    super(`Report ${reportId} was already reviewed (${status})`, { reportId, currentStatus: status });
  }
}

export class ReviewNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'review-not-allowed';

  constructor(role: string) {
    super(`A ${role} cannot review reports; community staff can`, { role });
  }
}
