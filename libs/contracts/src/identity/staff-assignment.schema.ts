import { z } from 'zod';
import { ActorScopes, actorScopesSchema } from '../shared/actor.schema';

/** The roles a staff account can hold; workers sign up by phone and are never created by the city office. */
export const StaffRoles = ['station-manager', 'community-staff', 'department', 'admin'] as const;
export const staffRoleSchema = z.enum(StaffRoles);
export type StaffRole = z.infer<typeof staffRoleSchema>;

/**
 * Why `scopes` do not fit `role`, or undefined when they do: a station manager acts on ≥1 station, community
 * staff for ≥1 community, a department user for exactly one department, the city office admin city-wide
 * (no scopes). A scope of another role is refused rather than ignored, so an account never carries a
 * permission nobody meant to give it.
 */
export function staffScopesProblem(role: StaffRole, scopes: ActorScopes): string | undefined {
  const has = { stations: scopes.stations.length > 0, communities: scopes.communities.length > 0, department: !!scopes.department };
  const allowed: Record<StaffRole, keyof typeof has | undefined> = {
    'station-manager': 'stations',
    'community-staff': 'communities',
    department: 'department',
    admin: undefined,
  };
  const own = allowed[role];
  if (own && !has[own]) return own === 'department' ? `a ${role} user needs a department` : `a ${role} needs at least one of ${own}`;
  const foreign = (Object.keys(has) as (keyof typeof has)[]).filter((scope) => scope !== own && has[scope]);
  if (foreign.length > 0) return `a ${role} cannot be given ${foreign.join(', ')}`;
  return undefined;
}

/** A staff role with the scopes it acts on, checked together (see staffScopesProblem). */
export const staffAssignmentSchema = z
  .object({ role: staffRoleSchema, scopes: actorScopesSchema.default({ stations: [], communities: [] }) })
  .superRefine(({ role, scopes }, context) => {
    const problem = staffScopesProblem(role, scopes);
    if (problem) context.addIssue({ code: 'custom', path: ['scopes'], message: problem });
  });
export type StaffAssignment = z.output<typeof staffAssignmentSchema>;
