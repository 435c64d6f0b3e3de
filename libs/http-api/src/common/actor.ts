import { accountRoleSchema } from '@waystation/contracts';
import { z } from 'zod';

/**
 * Who is calling, as the gateway asserts it to the services over the internal network after authenticating
 * the client. Services authorise every object against it.
 */
export const ACTOR_ID_HEADER = 'x-actor-id';
export const ACTOR_ROLE_HEADER = 'x-actor-role';

export const actorSchema = z.object({
  id: z.string().min(1).max(100),
  role: accountRoleSchema,
});
export type Actor = z.infer<typeof actorSchema>;

export const STAFF_ROLES = ['community-staff', 'admin'] as const satisfies readonly Actor['role'][];
export function isStaff(actor: Actor): boolean {
  return (STAFF_ROLES as readonly string[]).includes(actor.role);
}
