import { z } from 'zod';
import { accountRoleSchema } from './account-role.schema';

/**
 * Whom a service may act for: a person's account role, or a city system the city office issued an Open311 key
 * (`open311-client`, its id the client's id). A city system has no account, so it is no account role.
 */
export const actorRoleSchema = z.enum([...accountRoleSchema.options, 'open311-client']);
export type ActorRole = z.infer<typeof actorRoleSchema>;
