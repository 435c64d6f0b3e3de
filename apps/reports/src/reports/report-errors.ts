import { DomainError } from '@waystation/platform';

export class ReportNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'report-not-found';

  constructor(reportId: string) {
    super(`Report ${reportId} does not exist or is not visible to you`, { reportId });
  }
}

export class ReviewNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'review-not-allowed';

  constructor(role: string) {
    super(`A ${role} cannot review reports; community staff can`, { role });
  }
}

export class InvalidQueueCursorError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'invalid-cursor';

  constructor() {
    super('The cursor is not one this queue handed out', { field: 'cursor' });
  }
}
