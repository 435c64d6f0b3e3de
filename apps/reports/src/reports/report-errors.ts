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

export class ReportingNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'reporting-not-allowed';

  constructor(role: string) {
    super(`A ${role} cannot submit reports; workers and city systems over Open311 do`, { role });
  }
}

/** An answer says the reporter faces an emergency: the platform must not sit on it, the reporter must call. */
export class EmergencyReportError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'emergency';

  constructor(emergency: { call: string; guidance: { 'zh-CN': string; en: string }; question: string; option: string }) {
    super(`This is an emergency: call ${emergency.call} now. ${emergency.guidance.en}`, {
      call: emergency.call,
      guidance: emergency.guidance,
      question: emergency.question,
      option: emergency.option,
    });
  }
}

export class OutsideServiceAreaError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'outside-service-area';

  constructor(location: { lat: number; lng: number }) {
    super(`No community of the city map contains (${location.lat}, ${location.lng}); reports are taken inside the service area only`, {
      location: { lat: location.lat, lng: location.lng },
    });
  }
}

export class AnswersInvalidError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'answers-invalid';

  constructor(category: string, errors: { field: string; message: string }[]) {
    super(`The answers do not fit the questions of "${category}": ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, {
      category,
      errors,
    });
  }
}

export class CapturedAtOutOfRangeError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'captured-at-out-of-range';

  constructor(capturedAt: Date, earliest: Date, latest: Date) {
    super(`capturedAt ${capturedAt.toISOString()} must lie between ${earliest.toISOString()} and ${latest.toISOString()}`, {
      capturedAt: capturedAt.toISOString(),
      earliest: earliest.toISOString(),
      latest: latest.toISOString(),
    });
  }
}

export class DailyReportLimitError extends DomainError {
  readonly kind = 'rate-limited';
  readonly code = 'daily-report-limit';

  constructor(limit: number, retryAfterSeconds: number) {
    super(`A worker may submit ${limit} reports a day; try again tomorrow`, { limit, retryAfterSeconds });
  }
}

export class InvalidQueueCursorError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'invalid-cursor';

  constructor() {
    super('The cursor is not one this queue handed out', { field: 'cursor' });
  }
}
