import { boundedTextSchema, languageSchema, workerTypeSchema } from '@waystation/contracts';
import { z } from 'zod';

/** `PATCH /api/v1/me`: the fields to change; the worker's own fields (all but displayName) only for workers. */
export const updateMeSchema = z
  .object({
    displayName: boundedTextSchema(100).optional(),
    workerType: workerTypeSchema.optional(),
    employer: boundedTextSchema(100).nullable().optional().describe('null removes it'),
    language: languageSchema.optional(),
  })
  .refine((changes) => Object.values(changes).some((value) => value !== undefined), { error: 'Must name at least one field to change' });
export type UpdateMe = z.output<typeof updateMeSchema>;
