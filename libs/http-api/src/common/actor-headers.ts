/**
 * Who is calling, as the gateway asserts it to the services over the internal network after authenticating
 * the client. Services authorise every object against it.
 */
export const ACTOR_ID_HEADER = 'x-actor-id';
export const ACTOR_ROLE_HEADER = 'x-actor-role';
/** The actor's scopes as JSON (`ActorScopes`); absent for a caller without any. */
export const ACTOR_SCOPES_HEADER = 'x-actor-scopes';
