/**
 * The vocabulary of the authorization matrix (authorization-matrix.ts): who calls, what each caller should get,
 * and the presets a row's `expect` is written with.
 */

/** Every caller the matrix calls each route as. */
export const CALLERS = [
  'anonymous',
  /** The owner's claims and session, signed by the gateway's own key, expired ten minutes ago. */
  'expired-token',
  /** The owner's token with its claims changed to the city office's (the signature no longer matches). */
  'tampered-token',
  /** A worker's token after that worker signed out. */
  'revoked-token',
  /** The worker who owns the fixtures: the reports, the check-in, the session sign-up. */
  'owner',
  'other-worker',
  /** Manages the matrix's stations (station, lifecycleStation, builtStation). */
  'station-manager',
  /** Manages otherStation only. */
  'other-station-manager',
  /** Community staff of the reports' community. */
  'community-staff',
  'other-community-staff',
  'department',
  'admin',
] as const;
export type Caller = (typeof CALLERS)[number];

/** The callers that bring a valid access token of an account. */
export const SIGNED_IN: readonly Caller[] = CALLERS.slice(CALLERS.indexOf('owner'));
export const WORKERS: readonly Caller[] = ['owner', 'other-worker'];
export const STAFF: readonly Caller[] = SIGNED_IN.filter((caller) => !WORKERS.includes(caller));

/**
 * What a caller should get:
 * - `allowed`: let through. The answer is the route's success, or a 4xx that is not an authorization answer
 *   (400, 409, 422, …: the row does not bother to make every body valid for every state), never 401/403/404/5xx.
 * - 401: no caller could be verified (no token, an expired, tampered or revoked one).
 * - 403: the caller may know the object exists but may not do this (wrong role, another station).
 * - 404: the object is someone else's and its existence is private (or the caller has none, e.g. no check-in).
 */
export type Outcome = 'allowed' | 401 | 403 | 404;
export type Cells = Record<Caller, Outcome>;

/** The statuses that answer "who are you" or "not for you": never an `allowed` answer. */
const AUTHORIZATION_STATUSES = new Set([401, 403, 404]);

/** What `status` says about the caller's access, in the matrix's terms; undefined for a 5xx (never acceptable). */
export function outcomeOf(status: number): Outcome | undefined {
  if (status >= 500) return undefined;
  if (AUTHORIZATION_STATUSES.has(status)) return status as Outcome;
  return 'allowed';
}

const cells = (outcomeOf: (caller: Caller) => Outcome, overrides: Partial<Cells>): Cells =>
  Object.fromEntries(CALLERS.map((caller) => [caller, overrides[caller] ?? outcomeOf(caller)])) as Cells;

/** A @Public() route: the gateway does not look at the token, so every caller is let through. */
export const anyone = (overrides: Partial<Cells> = {}): Cells => cells(() => 'allowed', overrides);

/** The same answer whoever calls: routes whose credentials are in the body (sign-in, refresh), not the header. */
export const everyoneGets = (outcome: Outcome): Cells => cells(() => outcome, {});

/** Every signed-in caller is let through; without a valid token, 401. */
export const signedIn = (overrides: Partial<Cells> = {}): Cells =>
  cells((caller) => (SIGNED_IN.includes(caller) ? 'allowed' : 401), overrides);

/**
 * Only `allowed` callers are let through; the other signed-in callers get `otherwise` (403 by default: they may
 * know the object exists); without a valid token, 401.
 */
export const only = (
  allowed: readonly Caller[],
  { otherwise = 403, ...overrides }: Partial<Cells> & { otherwise?: 403 | 404 } = {},
): Cells => cells((caller) => (!SIGNED_IN.includes(caller) ? 401 : allowed.includes(caller) ? 'allowed' : otherwise), overrides);

/** The city office alone. */
export const adminOnly = (): Cells => only(['admin']);
/** Workers alone (check-ins, sign-ups). */
export const workersOnly = (): Cells => only(WORKERS);
/** Every staff role, not workers. */
export const staffOnly = (): Cells => only(STAFF);
/** The station's own manager and the city office (the row's station is one `station-manager` manages). */
export const stationManagers = (): Cells => only(['station-manager', 'admin']);
