import { z } from 'zod';
import { accountRoleSchema } from './account-role.schema';

/** Who is acting: the caller a service authorises every object against. */
export const actorSchema = z.object({
  id: z.string().min(1).max(100),
  role: accountRoleSchema,
});
export type Actor = z.infer<typeof actorSchema>;

export const STAFF_ROLES = ['community-staff', 'admin'] as const satisfies readonly Actor['role'][];
export function isStaff(actor: Actor): boolean {
  return (STAFF_ROLES as readonly string[]).includes(actor.role);
}
