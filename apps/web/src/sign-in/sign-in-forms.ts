import { z } from 'zod';
import { WORKER_TYPES, type WorkerType } from '../vocabulary';

/** The privacy notice this app shows and asks consent to (the gateway's GATEWAY_PRIVACY_NOTICE_VERSION). */
export const PRIVACY_NOTICE_VERSION = '2026-12-01';

/** A mainland mobile number, with or without +86, or any E.164 number; the gateway has the last word. */
export const phoneFormSchema = z.object({
  phone: z
    .string()
    .trim()
    .regex(/^(\+86)?1\d{10}$|^\+[1-9]\d{7,14}$/, { error: 'signIn.errors.phoneInvalid' }),
});
export type PhoneForm = z.infer<typeof phoneFormSchema>;

export const codeFormSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'signIn.errors.codeInvalid' }),
});

/** A number with no account yet also tells who the worker is, and consents to the privacy notice. */
export const signUpFormSchema = codeFormSchema.extend({
  displayName: z
    .string()
    .trim()
    .min(1, { error: 'signIn.errors.displayNameRequired' })
    .max(50, { error: 'signIn.errors.displayNameTooLong' }),
  workerType: z.enum(WORKER_TYPES as [WorkerType, ...WorkerType[]], { error: 'signIn.errors.workerTypeRequired' }),
  consent: z.literal(true, { error: 'signIn.errors.consentRequired' }),
});
export type SignUpForm = z.infer<typeof signUpFormSchema>;
export type CodeForm = Partial<SignUpForm> & { code: string };
