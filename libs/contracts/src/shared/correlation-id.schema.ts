import { z } from 'zod';

/**
 * What ties a request to the events it causes. One from outside is taken only when it looks like an id
 * (a UUID, a trace id), so it cannot carry text into logs, headers and events.
 */
export const correlationIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, { error: 'Expected 1 to 64 letters, digits, ".", "_", ":" or "-"' });
