import { areaBoundarySchema, areaCodeSchema, areaLevelSchema, bboxSchema, utcTimestampSchema } from '@waystation/contracts';
import { z } from 'zod';

/** An area without its boundary, as lists show it. */
export const areaSummaryViewSchema = z.object({
  code: areaCodeSchema,
  level: areaLevelSchema,
  parentCode: areaCodeSchema.nullable().describe('Null for a district'),
  nameZh: z.string(),
  nameEn: z.string(),
  bbox: bboxSchema,
  demo: z.boolean(),
  updatedAt: utcTimestampSchema,
});
export type AreaSummaryView = z.infer<typeof areaSummaryViewSchema>;

export const areaViewSchema = areaSummaryViewSchema.extend({ boundary: areaBoundarySchema });
export type AreaView = z.infer<typeof areaViewSchema>;

export const areaImportResultViewSchema = z.object({
  created: z.array(areaCodeSchema).describe('Areas that were new, each announced with area.upserted'),
  updated: z.array(areaCodeSchema).describe('Areas that changed, each announced with area.upserted'),
  unchanged: z.array(areaCodeSchema).describe('Areas already stored exactly so: nothing written, nothing announced'),
});
export type AreaImportResultView = z.infer<typeof areaImportResultViewSchema>;

/** The community a point lies in, with its street and district; all null when it lies in none. */
export const areaLocationViewSchema = z.object({
  community: areaSummaryViewSchema.nullable(),
  street: areaSummaryViewSchema.nullable(),
  district: areaSummaryViewSchema.nullable(),
});
export type AreaLocationView = z.infer<typeof areaLocationViewSchema>;
