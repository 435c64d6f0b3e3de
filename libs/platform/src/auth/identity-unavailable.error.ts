/** The gateway's key set could not be fetched, so no token can be checked for now (a 503, not the caller's fault). */
export class IdentityUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`The gateway's signing keys could not be fetched: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = IdentityUnavailableError.name;
  }
}
