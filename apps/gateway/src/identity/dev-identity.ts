/**
 * DEVELOPMENT ONLY: until sign-in (phone + one-time code for workers, accounts for staff) lands, the client
 * names itself with these headers. They must never be accepted from the internet in production.
 */
export const DEV_USER_ID_HEADER = 'x-dev-user-id';
export const DEV_USER_ROLE_HEADER = 'x-dev-user-role';
/** Optional: the caller's scopes as JSON, e.g. `{"communities":["420115001001"]}`. */
export const DEV_USER_SCOPES_HEADER = 'x-dev-user-scopes';
