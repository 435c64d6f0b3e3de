import { z } from 'zod';
import { actorRoleSchema } from './actor-role.schema';
import { areaCodeSchema } from './area-code.schema';
import { departmentCodeSchema } from './department-code.schema';
import { entityIdSchema } from './entity-id.schema';

/**
 * What a staff account may act on, besides its role: a station manager's stations, a community staff member's
 * communities, a department user's department. Workers and admins have none (admins act city-wide).
 */
export const actorScopesSchema = z.object({
  stations: z.array(entityIdSchema).max(500).default([]),
  communities: z.array(areaCodeSchema).max(500).default([]),
  department: departmentCodeSchema.optional(),
});
export type ActorScopes = z.infer<typeof actorScopesSchema>;

/** Who is acting: the caller a service authorises every object against. */
export const actorSchema = z.object({
  id: z.string().min(1).max(100),
  role: actorRoleSchema,
  scopes: actorScopesSchema.default({ stations: [], communities: [] }),
});
export type Actor = z.infer<typeof actorSchema>;
/** An actor as callers write it: scopes may be left out. */
export type ActorInput = z.input<typeof actorSchema>;

export const STAFF_ROLES = ['community-staff', 'admin'] as const satisfies readonly Actor['role'][];
export function isStaff(actor: Actor): boolean {
  return (STAFF_ROLES as readonly string[]).includes(actor.role);
}

/** Whether the actor may act on a station: admins on any, a station manager on theirs. */
export function managesStation(actor: Actor, stationId: string): boolean {
  return actor.role === 'admin' || (actor.role === 'station-manager' && actor.scopes.stations.includes(stationId));
}

/** Whether the actor may act for a community: admins city-wide, community staff within their communities. */
export function servesCommunity(actor: Actor, communityCode: string): boolean {
  return actor.role === 'admin' || (actor.role === 'community-staff' && actor.scopes.communities.includes(communityCode));
}
