import {
  localizedTextSchema,
  reportCategoryCodeSchema,
  reportCategoryGroupSchema,
  reportQuestionSchema,
  utcTimestampSchema,
} from '@waystation/contracts';
import { z } from 'zod';

export const reportCategoryViewSchema = z.object({
  code: reportCategoryCodeSchema,
  group: reportCategoryGroupSchema,
  name: localizedTextSchema(100),
  description: localizedTextSchema(500),
  private: z.boolean(),
  active: z.boolean(),
  sortOrder: z.number().int(),
  questions: z.array(reportQuestionSchema),
  updatedAt: utcTimestampSchema,
});
export type ReportCategoryView = z.infer<typeof reportCategoryViewSchema>;

export const reportCategoryListSchema = z.object({
  items: z.array(reportCategoryViewSchema).describe("The active categories, in the city's order"),
});
export type ReportCategoryList = z.infer<typeof reportCategoryListSchema>;
