import { z } from 'zod';
import { boundedTextSchema } from '../shared/bounded-text.schema';

/** What a department does with a report routed to it, over the API or over Kafka. */
export const DEPARTMENT_ACTIONS = ['acknowledge', 'progress', 'resolve', 'not-responsible'] as const;
export const departmentActionSchema = z.enum(DEPARTMENT_ACTIONS);
export type DepartmentAction = z.infer<typeof departmentActionSchema>;

const noteSchema = boundedTextSchema(2000, { multiline: true });

const updateFields = {
  updateId: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, { error: 'Expected 1 to 100 letters, digits, ".", "_", ":" or "-"' })
    .describe(
      "The department's own id of this update, its idempotency key: the same id again is applied once; " +
        'the same id with a different body is refused as a conflict',
    ),
  reportId: z.uuid().describe('The report, as in the report.dispatched event the department read'),
};

/**
 * The plain JSON a department writes to `departments.<code>.updates` (no event envelope): one move on its own part
 * of a report, as the department queue's routes make it. The department is the topic's, never the message's.
 * Unknown fields are refused rather than ignored, so a misspelt or unsupported field (photos, which only the API
 * takes) is never silently dropped.
 */
export const departmentUpdateMessageSchema = z.discriminatedUnion('action', [
  z.strictObject({ ...updateFields, action: z.literal('acknowledge'), note: noteSchema.optional() }),
  z.strictObject({ ...updateFields, action: z.literal('progress'), note: noteSchema }),
  z.strictObject({ ...updateFields, action: z.literal('resolve'), note: noteSchema.describe('The evidence: what was done') }),
  z.strictObject({
    ...updateFields,
    action: z.literal('not-responsible'),
    reason: boundedTextSchema(500, { multiline: true }).describe('Why the report is not for this department'),
  }),
]);
export type DepartmentUpdateMessage = z.output<typeof departmentUpdateMessageSchema>;
