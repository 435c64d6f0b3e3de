import { z } from 'zod';
import { ReportCategoryGroup } from './report-category.schema';

/**
 * The fixed categories of the first report events (`report.submitted`/`.confirmed`/`.rejected` v1), before the
 * city office configured its own. Only v1 payloads use them; everything new speaks category group and code.
 */
export const reportCategoryV1Schema = z.enum([
  'sanitation',
  'piled-materials',
  'exposed-garbage',
  'safety-hazard',
  'elderly-care',
  'road-damage',
  'other',
]);
export type ReportCategoryV1 = z.infer<typeof reportCategoryV1Schema>;

const V1_CATEGORY_OF_GROUP: Record<ReportCategoryGroup, ReportCategoryV1> = {
  environment: 'sanitation',
  obstruction: 'piled-materials',
  facilities: 'road-damage',
  safety: 'safety-hazard',
  people: 'elderly-care',
  other: 'other',
};

/** The v1 category a group stands closest to: what a v1 event, or a rule kept by v1 category, reads for it. */
export function v1CategoryOfGroup(group: ReportCategoryGroup): ReportCategoryV1 {
  return V1_CATEGORY_OF_GROUP[group];
}

const GROUP_OF_V1_CATEGORY: Record<ReportCategoryV1, ReportCategoryGroup> = {
  sanitation: 'environment',
  'exposed-garbage': 'environment',
  'piled-materials': 'obstruction',
  'road-damage': 'facilities',
  'safety-hazard': 'safety',
  'elderly-care': 'people',
  other: 'other',
};

/** The group a v1 category belongs to: what rules kept by group read for a v1 event. */
export function groupOfV1Category(category: ReportCategoryV1): ReportCategoryGroup {
  return GROUP_OF_V1_CATEGORY[category];
}
