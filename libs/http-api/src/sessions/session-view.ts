import { sessionTitleSchema, signUpStatusSchema, stationServiceCodeSchema, utcTimestampSchema } from '@waystation/contracts';
import { z } from 'zod';

export const sessionViewSchema = z.object({
  id: z.uuid(),
  stationId: z.uuid(),
  serviceCode: stationServiceCodeSchema,
  title: sessionTitleSchema,
  startsAt: utcTimestampSchema,
  endsAt: utcTimestampSchema,
  places: z.number().int().min(1),
  confirmed: z.number().int().min(0).describe('Workers holding a place'),
  waitlisted: z.number().int().min(0).describe('Workers waiting for one'),
  freePlaces: z.number().int().min(0),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const signUpViewSchema = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  workerId: z.string(),
  status: signUpStatusSchema,
  waitlistPosition: z.number().int().min(1).nullable().describe('1 for the next to move up; null unless waitlisted'),
  signedUpAt: utcTimestampSchema,
  cancelledAt: utcTimestampSchema.nullable(),
  attendedAt: utcTimestampSchema.nullable(),
});
export type SignUpView = z.infer<typeof signUpViewSchema>;

export const mySignUpViewSchema = signUpViewSchema.extend({ session: sessionViewSchema });
export type MySignUpView = z.infer<typeof mySignUpViewSchema>;
