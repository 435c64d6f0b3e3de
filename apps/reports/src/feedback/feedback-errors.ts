import { DomainError } from '@waystation/platform';

/** "Not fixed" after the feedback window: too late to reopen; the reporter files a new report instead. */
export class FeedbackWindowClosedError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'feedback-window-closed';

  constructor(reportId: string, closedAt: Date) {
    super(`Report ${reportId} can no longer be reopened (the window closed at ${closedAt.toISOString()}); please report it again`, {
      reportId,
      feedbackClosedAt: closedAt.toISOString(),
    });
  }
}
