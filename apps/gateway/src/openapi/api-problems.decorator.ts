import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDetailsDto } from '@waystation/http-api';
import { PROBLEM_CONTENT_TYPE } from '@waystation/platform';

type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422;

const MEANING: Record<ProblemStatus | 429 | 502 | 503, string> = {
  400: 'The request is malformed; `errors` names each bad field (validation-failed)',
  401: 'No caller: sign-in is required (unauthorized)',
  403: 'The caller may not do this (e.g. review-not-allowed)',
  404: 'No such object, or not one the caller may see (e.g. report-not-found)',
  409: 'The object is not in a state that allows this (e.g. report-already-reviewed)',
  413: 'The body is over the size limit (payload-too-large)',
  415: 'The body is not JSON in UTF-8, or its content-encoding is not one the API reads (unsupported-media-type)',
  422: 'The request is well-formed but cannot be carried out (e.g. idempotency-key-reused)',
  429: "Over a rate limit (per account, per client address, for codes, or a worker's reports a day); `Retry-After` says when to try again (too-many-requests, daily-report-limit)",
  502: 'A service behind the gateway failed (upstream-failed)',
  503: 'A service is unreachable or busy; try again shortly (service-unavailable, resource-busy)',
};

/**
 * Documents the problem+json answers a public route can give: the ones named, the 429 of the rate limits every
 * route has, and the 502 and 503 every route that reaches a service can give.
 */
export function ApiProblems(...statuses: ProblemStatus[]): MethodDecorator {
  const output = ProblemDetailsDto.Output;
  return applyDecorators(
    ApiExtraModels(output),
    ...[...statuses, 429 as const, 502 as const, 503 as const].map((status) =>
      ApiResponse({
        status,
        description: MEANING[status],
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(output) } } },
      }),
    ),
  );
}
