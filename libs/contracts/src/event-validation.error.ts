import type { z } from 'zod';

export interface EventValidationIssue {
  /** Dotted path of the offending field, e.g. `payload.location.lat`; empty for the message as a whole. */
  readonly path: string;
  readonly message: string;
}

/** A message that is not a known, well-formed event; its `message` is the reason written to the dead-letter topic. */
export class EventValidationError extends Error {
  override readonly name = 'EventValidationError';

  constructor(readonly issues: readonly EventValidationIssue[]) {
    super(`Invalid event: ${issues.map(describeIssue).join('; ')}`);
  }

  static fromZodError(error: z.ZodError): EventValidationError {
    return new EventValidationError(error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })));
  }
}

function describeIssue({ path, message }: EventValidationIssue): string {
  return path ? `${path}: ${message}` : message;
}
