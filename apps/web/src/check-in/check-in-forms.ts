import { z } from 'zod';

/** A rotating code as the station's screen shows it: its time window, a dot, then its 22-character signature. */
const ROTATING_CODE = /^\d{1,15}\.[A-Za-z0-9_-]{22}$/;

export const checkInFormSchema = z.object({
  code: z.string().trim().min(1, { error: 'checkIn.errors.codeRequired' }).max(100, { error: 'checkIn.errors.codeInvalid' }),
});
export type CheckInForm = z.infer<typeof checkInFormSchema>;

/**
 * How a code checks in: the screen's rotating code on its own; anything else is taken as the code printed at the
 * door, which the station accepts only with the device's position inside its geofence.
 */
export function checkInMethodOf(code: string): 'rotating-code' | 'printed-code' {
  return ROTATING_CODE.test(code) ? 'rotating-code' : 'printed-code';
}
