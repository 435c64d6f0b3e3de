import { boundedTextSchema, languageSchema, phoneNumberSchema, workerTypeSchema } from '@waystation/contracts';
import { z } from 'zod';

export const requestPhoneCodeSchema = z.object({ phone: phoneNumberSchema });
export type RequestPhoneCode = z.output<typeof requestPhoneCodeSchema>;

/** What a new worker tells about themselves when their number signs up. */
export const workerSignUpProfileSchema = z.object({
  displayName: boundedTextSchema(100),
  workerType: workerTypeSchema,
  employer: boundedTextSchema(100).optional(),
  language: languageSchema,
  consent: z
    .object({ version: boundedTextSchema(40).describe('The privacy notice shown to the worker; the current one is required') })
    .describe('Consent to the privacy notice; the server records the time'),
});
export type WorkerSignUpProfile = z.output<typeof workerSignUpProfileSchema>;

export const phoneSignInSchema = z.object({
  phone: phoneNumberSchema,
  code: z.string().regex(/^\d{6}$/, 'Must be the six digits sent by SMS'),
  profile: workerSignUpProfileSchema.optional().describe('Required when the number has no account yet (sign-up); ignored otherwise'),
});
export type PhoneSignIn = z.output<typeof phoneSignInSchema>;
