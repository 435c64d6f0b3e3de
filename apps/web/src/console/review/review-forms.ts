import { z } from 'zod';
import { REJECTION_REASONS, SEVERITIES } from '../console-types';

/** A note staff may add to a decision; the gateway bounds free text too. */
const note = z.string().trim().max(500, { error: 'review.errors.noteTooLong' });

export const confirmFormSchema = z.object({ severity: z.enum(SEVERITIES), note });
export type ConfirmForm = z.infer<typeof confirmFormSchema>;

export const rejectFormSchema = z.object({
  reasonCode: z.enum(REJECTION_REASONS, { error: 'review.errors.reasonRequired' }),
  note,
});
export type RejectForm = z.infer<typeof rejectFormSchema>;

/** Re-routing a report a department declined: where to, and why (the departments read the reason). */
export const dispatchFormSchema = z.object({
  department: z.string().min(1, { error: 'review.errors.departmentRequired' }),
  reason: z.string().trim().min(1, { error: 'review.errors.reasonTextRequired' }).max(500, { error: 'review.errors.noteTooLong' }),
});
export type DispatchForm = z.infer<typeof dispatchFormSchema>;

/** Re-routing a report the departments hold: a new category, a department added, some taken away; and why. */
export const rerouteFormSchema = z
  .object({
    category: z.string(),
    add: z.string(),
    remove: z.array(z.string()),
    reason: z.string().trim().min(1, { error: 'review.errors.reasonTextRequired' }).max(500, { error: 'review.errors.noteTooLong' }),
  })
  .refine(({ category, add, remove }) => category !== '' || add !== '' || remove.length > 0, {
    error: 'review.errors.nothingToChange',
    path: ['add'],
  });
export type RerouteForm = z.infer<typeof rerouteFormSchema>;

/** The re-route as the gateway takes it: only what changes. */
export const rerouteOf = ({ category, add, remove, reason }: RerouteForm) => ({
  ...(category === '' ? {} : { category }),
  add: add === '' ? [] : [add],
  remove,
  reason,
});

/** An empty note is no note. */
export const noteOrNothing = (text: string): string | undefined => (text === '' ? undefined : text);
