import { boundedTextSchema, inspectionResultSchema, photoUrlSchema, utcTimestampSchema } from '@waystation/contracts';
import { z } from 'zod';
import { nullableTextSchema } from '../common/view-fields';

const itemCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,49}$/, 'an item code is lower-case letters, digits and hyphens, e.g. fire-extinguisher')
  .describe('Stable code of a checklist item');

/** No two entries may name the same item. */
const uniqueCodes =
  <T>(codeOf: (entry: T) => string) =>
  (entries: T[], context: z.RefinementCtx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const code = codeOf(entry);
      if (seen.has(code)) context.addIssue({ code: 'custom', path: [index], message: `${code} appears twice` });
      seen.add(code);
    });
  };

export const checklistItemSchema = z.object({
  code: itemCodeSchema,
  label: z.object({ zh: boundedTextSchema(100), en: boundedTextSchema(100) }),
  required: z.boolean().describe('A station fails its inspection when a required item fails'),
});

export const createAcceptanceTemplateSchema = z.object({
  name: boundedTextSchema(100),
  items: z
    .array(checklistItemSchema)
    .min(1)
    .max(50)
    .superRefine(uniqueCodes((item) => item.code)),
});
export type CreateAcceptanceTemplate = z.output<typeof createAcceptanceTemplateSchema>;

export const acceptanceTemplateViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  items: z.array(checklistItemSchema),
  createdBy: z.string(),
  createdAt: utcTimestampSchema,
});
export type AcceptanceTemplateView = z.infer<typeof acceptanceTemplateViewSchema>;

const rectificationCommandSchema = z.object({
  action: boundedTextSchema(500, { multiline: true }).describe('What to fix'),
  deadline: z.iso.date().describe('YYYY-MM-DD, in the city time zone'),
});

export const recordInspectionSchema = z.object({
  templateId: z.uuid().optional().describe('The checklist; the newest template when left out'),
  results: z
    .array(
      z
        .object({
          itemCode: itemCodeSchema,
          result: inspectionResultSchema,
          photoUrl: photoUrlSchema.optional(),
          rectification: rectificationCommandSchema.optional().describe('Required for a failed item, refused for any other'),
        })
        .refine((entry) => (entry.result === 'fail') === (entry.rectification !== undefined), {
          path: ['rectification'],
          message: 'a failed item needs a rectification (what to fix, by when); other items take none',
        }),
    )
    .min(1)
    .max(50)
    .superRefine(uniqueCodes((entry) => entry.itemCode)),
  notes: boundedTextSchema(2_000, { multiline: true }).optional(),
});
export type RecordInspection = z.output<typeof recordInspectionSchema>;

export const rectificationViewSchema = z.object({
  id: z.uuid(),
  itemCode: z.string(),
  action: z.string(),
  deadline: z.iso.date(),
  resolvedByInspectionId: nullableTextSchema().describe('The passed re-inspection that closed it; null while open'),
});

export const inspectionViewSchema = z.object({
  id: z.uuid(),
  stationId: z.uuid(),
  templateId: z.uuid(),
  inspectorId: z.string(),
  inspectedAt: utcTimestampSchema,
  passed: z.boolean().describe('False when any required item failed'),
  notes: nullableTextSchema(),
  results: z.array(
    z.object({ itemCode: z.string(), required: z.boolean(), result: inspectionResultSchema, photoUrl: nullableTextSchema() }),
  ),
  rectifications: z.array(rectificationViewSchema).describe('One for each failed item'),
});
export type InspectionView = z.infer<typeof inspectionViewSchema>;
