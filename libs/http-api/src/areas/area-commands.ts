import { areaBoundarySchema, areaCodeSchema, areaLevelSchema, boundedTextSchema } from '@waystation/contracts';
import { z } from 'zod';
import { pageQuerySchema } from '../common/page';
import { queryNumberSchema } from '../common/query-number';

/** More areas than a city has streets and communities; a larger map is imported district by district. */
export const MAX_IMPORTED_AREAS = 2_000;

export const areaFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    code: areaCodeSchema,
    level: areaLevelSchema.describe('Must agree with the length of the code'),
    nameZh: boundedTextSchema(100),
    nameEn: boundedTextSchema(100),
    demo: z.boolean().default(false).describe('Demo data, not the real map'),
  }),
  geometry: areaBoundarySchema,
});
export type AreaFeature = z.output<typeof areaFeatureSchema>;

/** The city map as a GeoJSON FeatureCollection (docs/city-map.md); the import is all or nothing. */
export const importAreasSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(areaFeatureSchema).min(1).max(MAX_IMPORTED_AREAS),
});
export type ImportAreas = z.output<typeof importAreasSchema>;

/** Areas ordered by code; the cursor is the last code seen. */
export const areaListQuerySchema = pageQuerySchema.extend({
  cursor: areaCodeSchema.optional(),
  level: areaLevelSchema.optional(),
  parent: areaCodeSchema.optional().describe('Only the areas directly inside this one'),
});
export type AreaListQuery = z.output<typeof areaListQuerySchema>;

export const locateAreaQuerySchema = z.object({
  lat: queryNumberSchema(z.coerce.number().min(-90).max(90)),
  lng: queryNumberSchema(z.coerce.number().min(-180).max(180)),
});
export type LocateAreaQuery = z.output<typeof locateAreaQuerySchema>;
