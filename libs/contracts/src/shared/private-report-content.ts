import type { z } from 'zod';

/** A private report's content fields in an event: those every other report carries, and those it may carry. */
export interface PrivateReportContent<TPayload> {
  required: readonly (keyof TPayload & string)[];
  optional?: readonly (keyof TPayload & string)[];
}

/**
 * The rule of the event versions that announce a report on a shared topic: a private report (a care referral)
 * carries none of its content fields (what it says, where, what it shows); any other report carries the required
 * ones. Who may read a care referral's content (civil affairs among them) reads it through the reports API.
 */
export function contentOnlyWhenPublic<TPayload extends { private: boolean }>({ required, optional = [] }: PrivateReportContent<TPayload>) {
  return (payload: TPayload, context: z.RefinementCtx): void => {
    for (const field of [...required, ...optional]) {
      if (payload.private && payload[field] !== undefined) {
        context.addIssue({ code: 'custom', path: [field], message: `A private report's event must not carry ${field}` });
      }
    }
    if (payload.private) return;
    for (const field of required) {
      if (payload[field] === undefined)
        context.addIssue({ code: 'custom', path: [field], message: 'Required unless the report is private' });
    }
  };
}
