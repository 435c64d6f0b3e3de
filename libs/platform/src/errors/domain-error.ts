/**
 * What kind of failure a domain error is. Each transport maps kinds to its own vocabulary
 * (HTTP status codes, consumer retry-or-dead-letter) with an exhaustive switch.
 */
export type DomainErrorKind =
  | 'invalid'
  | 'not-found'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  /** The caller asked too often; `details.retryAfterSeconds` says when to try again. */
  | 'rate-limited'
  /** An outside provider the domain relies on (an SMS gateway) failed; the same request may pass later. */
  | 'unavailable'
  /** What was sent is not of a type the operation takes (a photo that is no image, whatever its name says). */
  | 'unsupported-media-type'
  /** What was sent is larger than the operation takes (bytes or pixels). */
  | 'too-large';

/** Base of every domain's named exceptions (e.g. `ReportNotFoundError`). */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  /** Short machine-readable code, stable for clients (`report-not-found`). */
  abstract readonly code: string;

  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
