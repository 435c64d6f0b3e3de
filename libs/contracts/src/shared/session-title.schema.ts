import { z } from 'zod';
import { boundedTextSchema } from './bounded-text.schema';

/** A service session's title as workers read it: Chinese always, English where the station gave one. */
export const sessionTitleSchema = z.object({
  zh: boundedTextSchema(100),
  en: boundedTextSchema(100).optional(),
});
export type SessionTitle = z.infer<typeof sessionTitleSchema>;

/** Where a sign-up stands: holding a place, waiting for one, or given up. */
export const signUpStatusSchema = z.enum(['confirmed', 'waitlisted', 'cancelled']);
export type SignUpStatus = z.infer<typeof signUpStatusSchema>;
