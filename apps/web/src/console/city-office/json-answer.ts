import { ApiProblem } from '../../api/api-problem';

/**
 * The JSON of a route that also answers CSV (its OpenAPI answer is either): a text answer where JSON was asked for
 * means the gateway did not understand the request.
 */
export function jsonAnswer<T extends object>(answer: T | string): T {
  if (typeof answer === 'string') throw new ApiProblem(406, 'unexpected-csv', 'asked for JSON, got text');
  return answer;
}
