import { DomainError } from '@waystation/platform';

/**
 * Thrown by a handler when retrying cannot help (the event contradicts what this service knows);
 * the message goes straight to the dead-letter topic.
 */
export class PermanentEventError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'event-not-applicable';
}
