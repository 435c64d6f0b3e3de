import { problemDetailsSchema } from '@waystation/http-api';
import { z } from 'zod';

/** RFC 9457 problem details, the body of every error response; extensions carry the error's details. */
export type ProblemDetails = z.infer<typeof problemDetailsSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problem(status: number, code: string, title: string, detail: string, extras: Partial<ProblemDetails> = {}): ProblemDetails {
  // Extensions never overwrite the standard members.
  return { ...extras, type: `/problems/${code}`, title, status, detail, code };
}
