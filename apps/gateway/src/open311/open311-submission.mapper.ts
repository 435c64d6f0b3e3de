import { ReportAnswer, ReportAnswers, ReportQuestion } from '@waystation/contracts';
import { Open311CreatedRequest, Open311NewRequest, Open311Request, Open311Submission, ReportCategoryView } from '@waystation/http-api';

/** GeoReport v2 gives a point and no accuracy: the point is taken as the client gave it. */
const GIVEN_POINT_ACCURACY_METERS = 0;

/**
 * What the gateway files for a POST requests: the service as the category, lat/long as the location, and each
 * `attribute[code]` typed by its question (a number as a number, a multivaluelist as a list of keys). An answer
 * that does not fit stays as it came, for the intake to refuse by name. Personal fields and media_url go no further.
 */
export function toOpen311Submission(request: Open311NewRequest, category: ReportCategoryView): Open311Submission {
  const questions = new Map(category.questions.map((question) => [question.code, question]));
  const answers: ReportAnswers = Object.fromEntries(
    Object.entries(request.attribute).map(([code, value]) => [code, typedAnswer(questions.get(code), value)]),
  );
  return {
    category: category.code,
    description: request.description,
    location: { lat: request.lat, lng: request.long, accuracyMeters: GIVEN_POINT_ACCURACY_METERS },
    ...(request.address_string ? { address: request.address_string } : {}),
    answers,
  };
}

function typedAnswer(question: ReportQuestion | undefined, value: string | string[]): ReportAnswer {
  switch (question?.type) {
    case 'multiple-choice':
      return Array.isArray(value) ? value : [value];
    case 'number': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
      return Number.isFinite(number) ? number : value;
    }
    case 'text':
    case 'single-choice':
    case undefined:
      return value;
  }
}

/** POST requests' answer: the request filed, what happens next, and the client's account_id back when it sent one. */
export function toOpen311CreatedRequest(created: Open311Request, request: Open311NewRequest): Open311CreatedRequest {
  return {
    service_request_id: created.service_request_id,
    service_notice: created.status_notes,
    ...(request.account_id ? { account_id: request.account_id } : {}),
  };
}
