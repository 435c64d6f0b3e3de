import { z } from 'zod';

const text = (required: string) => z.string().trim().min(1, { error: required }).max(500, { error: 'department.errors.tooLong' });

/** A progress note, the evidence of a resolution, the reason a report is not the department's. */
export const progressFormSchema = z.object({ note: text('department.errors.noteRequired') });
export type ProgressForm = z.infer<typeof progressFormSchema>;

export const notResponsibleFormSchema = z.object({ reason: text('department.errors.reasonRequired') });
export type NotResponsibleForm = z.infer<typeof notResponsibleFormSchema>;

/** The photos a department may attach to a resolution, as the gateway takes them. */
export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
