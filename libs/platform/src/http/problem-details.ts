/** RFC 9457 problem details, the body of every error response. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  /** Field-level problems of a rejected request body or query. */
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problem(status: number, code: string, title: string, detail: string, extras: Partial<ProblemDetails> = {}): ProblemDetails {
  // Extensions never overwrite the standard members.
  return { ...extras, type: `/problems/${code}`, title, status, detail, code };
}
