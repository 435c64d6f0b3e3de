import { utcTimestampSchema } from '@waystation/contracts';
import { z } from 'zod';

/** The answer to a code request: the code is on its way. */
export const phoneCodeSentViewSchema = z.object({
  expiresAt: utcTimestampSchema.describe('When the code stops working'),
  resendAllowedAt: utcTimestampSchema.describe('The earliest time another code may be requested for this number'),
});
export type PhoneCodeSentView = z.infer<typeof phoneCodeSentViewSchema>;
