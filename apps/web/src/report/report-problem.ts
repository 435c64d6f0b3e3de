import type { ApiProblem } from '../api/api-problem';

/** The gateway's refusals of a report (or its photos) that the worker can act on, each with its message. */
export function reportProblemKey({ code }: Pick<ApiProblem, 'code'>): string {
  switch (code) {
    case 'validation-failed':
    case 'idempotency-key-reused':
      return 'report.errors.refused';
    case 'payload-too-large':
      return 'report.errors.photoTooLarge';
    case 'unsupported-media-type':
      return 'report.errors.photoUnsupported';
    case 'daily-report-limit':
      return 'report.errors.dailyLimit';
    case 'too-many-requests':
      return 'report.errors.tooManyRequests';
    default:
      return 'errors.unexpected';
  }
}
