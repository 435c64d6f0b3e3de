import { z } from 'zod';
import { localizedTextSchema } from './localized-text.schema';

/** The fixed groups the city office's report categories fall into. */
export const ReportCategoryGroups = ['environment', 'obstruction', 'facilities', 'safety', 'people', 'other'] as const;
export const reportCategoryGroupSchema = z.enum(ReportCategoryGroups);
export type ReportCategoryGroup = z.infer<typeof reportCategoryGroupSchema>;

/**
 * A report category's stable code, kebab-case (`exposed-garbage`): the Open311 service_code, so it never changes
 * once a category exists.
 */
export const reportCategoryCodeSchema = z
  .string()
  .min(2)
  .max(50)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a category code is kebab-case: lower-case letters and digits joined by single hyphens');
export type ReportCategoryCode = z.infer<typeof reportCategoryCodeSchema>;

/** The numbers a report's emergency answer tells the reporter to call instead: police, fire, ambulance. */
export const emergencyNumberSchema = z.enum(['110', '119', '120']);
export type EmergencyNumber = z.infer<typeof emergencyNumberSchema>;

/** A report's category as events and views name it: the stable code, its group and its names. */
export const reportCategoryRefSchema = z.object({
  code: reportCategoryCodeSchema,
  group: reportCategoryGroupSchema,
  name: localizedTextSchema(100),
});
export type ReportCategoryRef = z.infer<typeof reportCategoryRefSchema>;
