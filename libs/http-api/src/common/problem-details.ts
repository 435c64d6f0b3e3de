import { z } from 'zod';

/** RFC 9457 problem details, the body of every error response (`application/problem+json`). */
export const problemDetailsSchema = z.looseObject({
  type: z.string().describe('/problems/<code>'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().describe('What went wrong, for people'),
  instance: z.string().optional().describe('The path that was called'),
  code: z.string().describe('What went wrong, for programs, e.g. report-not-found'),
  errors: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .describe('Field-level problems of a rejected request body or query'),
});
