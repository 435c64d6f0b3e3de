import { boundedTextSchema, utcTimestampSchema } from '@waystation/contracts';
import { z } from 'zod';

/** A city system the city office lets post Open311 service requests. Its key is never shown again. */
export const open311ClientViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  contact: z.string(),
  createdAt: utcTimestampSchema,
  revokedAt: utcTimestampSchema.nullable().describe('When its key stopped being accepted; null while it is'),
});
export type Open311ClientView = z.infer<typeof open311ClientViewSchema>;

export const issuedOpen311ClientViewSchema = open311ClientViewSchema.extend({
  apiKey: z.string().describe('The api_key to post with: shown this once, only its hash is stored'),
});
export type IssuedOpen311ClientView = z.infer<typeof issuedOpen311ClientViewSchema>;

export const issueOpen311ClientSchema = z.object({
  name: boundedTextSchema(100).describe('The system, e.g. 12345 市民热线'),
  contact: boundedTextSchema(200).describe('Whom the city office calls about it'),
});
export type IssueOpen311Client = z.output<typeof issueOpen311ClientSchema>;
