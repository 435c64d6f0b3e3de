import { z } from 'zod';

/** Why community staff rejected a report; the reporter also reads the staff's note. */
export const reportRejectionReasonSchema = z.enum([
  'not-a-problem',
  'duplicate',
  'insufficient-evidence',
  'outside-our-area',
  'private-matter',
]);

export type ReportRejectionReason = z.infer<typeof reportRejectionReasonSchema>;
