import { z } from 'zod';

export const reportCategorySchema = z.enum([
  'sanitation',
  'piled-materials',
  'exposed-garbage',
  'safety-hazard',
  'elderly-care',
  'road-damage',
  'other',
]);

export type ReportCategory = z.infer<typeof reportCategorySchema>;
