import { accountRoleSchema, actorScopesSchema, languageSchema, utcTimestampSchema, workerTypeSchema } from '@waystation/contracts';
import { z } from 'zod';
import { nullableTextSchema } from '../common/view-fields';

export const workerProfileViewSchema = z.object({
  phone: z.string().describe('E.164'),
  workerType: workerTypeSchema,
  employer: nullableTextSchema(),
  language: languageSchema,
  privacyNotice: z.object({ version: z.string(), consentedAt: utcTimestampSchema }),
});

/** The caller's own account: every caller has one; workers also have their worker profile. */
export const meViewSchema = z.object({
  id: z.uuid(),
  role: accountRoleSchema,
  scopes: actorScopesSchema,
  displayName: z.string(),
  createdAt: utcTimestampSchema,
  worker: workerProfileViewSchema.nullable().describe('Workers only; null for staff'),
});
export type MeView = z.infer<typeof meViewSchema>;
