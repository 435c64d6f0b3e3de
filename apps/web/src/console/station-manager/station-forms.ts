import { z } from 'zod';

/** What a station manager keeps up to date on the profile; names, place and amenities are the city office's. */
export const profileFormSchema = z.object({
  contactPhone: z
    .string()
    .trim()
    .regex(/^$|^[+\d][\d -]{4,19}$/, { error: 'stationManager.errors.phoneInvalid' }),
  capacity: z
    .string()
    .trim()
    .regex(/^\d{0,4}$/, { error: 'stationManager.errors.capacityInvalid' }),
});
export type ProfileForm = z.infer<typeof profileFormSchema>;

/** A day the station is closed, e.g. a public holiday. */
export const closedDayFormSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'stationManager.errors.dateRequired' }),
  note: z.string().trim().max(100, { error: 'stationManager.errors.noteTooLong' }),
});
export type ClosedDayForm = z.infer<typeof closedDayFormSchema>;

/** The redemption code a worker shows, as typed or scanned: the QR payload's prefix and spaces dropped. */
export const verifyFormSchema = z.object({
  code: z
    .string()
    .transform((code) => code.replace(/^waystation:redemption:/, '').replace(/\s+/g, ''))
    .pipe(z.string().min(1, { error: 'stationManager.errors.codeRequired' })),
});
export type VerifyForm = z.input<typeof verifyFormSchema>;

/** The profile form's values as the PATCH body: an empty field clears it. */
export function profilePatch({ contactPhone, capacity }: ProfileForm): { contactPhone: string | null; capacity: number | null } {
  return { contactPhone: contactPhone === '' ? null : contactPhone, capacity: capacity === '' ? null : Number(capacity) };
}
