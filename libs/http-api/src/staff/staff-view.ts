import { actorScopesSchema, staffRoleSchema, utcTimestampSchema } from '@waystation/contracts';
import { z } from 'zod';

export const staffViewSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: staffRoleSchema,
  scopes: actorScopesSchema,
  status: z.enum(['active', 'disabled', 'closed']),
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type StaffView = z.infer<typeof staffViewSchema>;

const generatedPasswordSchema = z
  .string()
  .min(1)
  .optional()
  .describe('Present only when the gateway generated the password: shown this once, never stored in the clear');

export const createdStaffViewSchema = staffViewSchema.extend({ generatedPassword: generatedPasswordSchema });
export type CreatedStaffView = z.infer<typeof createdStaffViewSchema>;

export const passwordResetViewSchema = z.object({ generatedPassword: generatedPasswordSchema });
export type PasswordResetView = z.infer<typeof passwordResetViewSchema>;
