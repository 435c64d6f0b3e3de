/**
 * Thrown by a handler when retrying cannot help (the event contradicts what this service knows);
 * the message goes straight to the dead-letter topic.
 */
export class PermanentEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = PermanentEventError.name;
  }
}
