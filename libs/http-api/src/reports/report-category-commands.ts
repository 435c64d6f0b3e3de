import { localizedTextSchema, reportCategoryCodeSchema, reportCategoryGroupSchema, reportQuestionsSchema } from '@waystation/contracts';
import { z } from 'zod';

const categoryFields = {
  group: reportCategoryGroupSchema,
  name: localizedTextSchema(100),
  description: localizedTextSchema(500),
  private: z.boolean().describe("A care referral: its reports are seen only by the reporter, the community's staff and civil affairs"),
  active: z.boolean().describe('Offered to reporters; a category is deactivated, never deleted'),
  sortOrder: z.number().int().min(0).max(100_000),
  questions: reportQuestionsSchema.describe('Asked when reporting in this category (Open311 attributes)'),
};

export const createReportCategorySchema = z.object({
  code: reportCategoryCodeSchema,
  ...categoryFields,
  private: categoryFields.private.default(false),
  active: categoryFields.active.default(true),
  sortOrder: categoryFields.sortOrder.default(1_000),
  questions: categoryFields.questions.default([]),
});
export type CreateReportCategory = z.output<typeof createReportCategorySchema>;

/** Any field but the code, which never changes (it is the Open311 service_code). */
export const updateReportCategorySchema = z
  .object({
    group: categoryFields.group.optional(),
    name: categoryFields.name.optional(),
    description: categoryFields.description.optional(),
    private: categoryFields.private.optional(),
    active: categoryFields.active.optional(),
    sortOrder: categoryFields.sortOrder.optional(),
    questions: categoryFields.questions.optional(),
  })
  .strict();
export type UpdateReportCategory = z.output<typeof updateReportCategorySchema>;
