import { ApiProblem } from './api-problem';

/**
 * The catalogue key of the message for a failed call: the screen's own message for a problem `code` it expects,
 * else the generic one (a network failure, or a problem the screen cannot help with).
 */
export function problemMessageKey(error: unknown, messages: Readonly<Record<string, string>>): string {
  return error instanceof ApiProblem && Object.hasOwn(messages, error.code) ? messages[error.code] : 'errors.unexpected';
}
