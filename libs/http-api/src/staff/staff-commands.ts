import { actorScopesSchema, boundedTextSchema, staffAssignmentSchema, staffRoleSchema, staffScopesProblem } from '@waystation/contracts';
import { z } from 'zod';

/** A sign-in name: lower case (what is typed is lower-cased), 3–64 letters, digits, `.`, `_`, `-`. */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'a username is 3–64 letters, digits, ".", "_" or "-", starting with a letter or digit');

/** A password as sent; its policy (length, not the username) is the gateway's to check, with a clear error. */
const passwordInputSchema = z.string().min(1).max(1_024);

export const createStaffSchema = staffAssignmentSchema.safeExtend({
  username: usernameSchema,
  displayName: boundedTextSchema(100),
  password: passwordInputSchema
    .optional()
    .describe('At least 12 characters, not the username; left out, one is generated and returned once'),
});
export type CreateStaff = z.output<typeof createStaffSchema>;

/** Role and scopes change together, so the pair is always checked as one; the change applies from the next token. */
export const updateStaffSchema = z
  .object({
    displayName: boundedTextSchema(100).optional(),
    role: staffRoleSchema.optional(),
    scopes: actorScopesSchema.optional(),
  })
  .superRefine(({ role, scopes }, context) => {
    if (!role && !scopes) return;
    if (!role || !scopes)
      return context.addIssue({ code: 'custom', path: [role ? 'scopes' : 'role'], message: 'role and scopes change together' });
    const problem = staffScopesProblem(role, scopes);
    if (problem) context.addIssue({ code: 'custom', path: ['scopes'], message: problem });
  });
export type UpdateStaff = z.output<typeof updateStaffSchema>;

export const resetStaffPasswordSchema = z.object({
  password: passwordInputSchema.optional().describe('Left out, one is generated and returned once'),
});
export type ResetStaffPassword = z.output<typeof resetStaffPasswordSchema>;

export const staffSignInSchema = z.object({ username: z.string().trim().toLowerCase().min(1).max(64), password: passwordInputSchema });
export type StaffSignIn = z.output<typeof staffSignInSchema>;

export const oidcSignInSchema = z.object({
  idToken: z.string().min(1).max(16_384).describe("The ID token the city's identity provider issued to the Waystation client"),
  nonce: z
    .string()
    .min(1)
    .max(256)
    .optional()
    .describe('The nonce the client sent in its authorization request; checked against the token'),
});
export type OidcSignIn = z.output<typeof oidcSignInSchema>;
