import { geoPointSchema } from '@waystation/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuerySchema, pageSchemaOf } from '../common/page';
import { nullableTextSchema } from '../common/view-fields';

export interface BoundingBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/** Reads `minLng,minLat,maxLng,maxLat` (WGS-84 degrees, min ≤ max); null when it is not one. */
export function parseBoundingBox(text: string): BoundingBox | null {
  const numbers = text.split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
  if (numbers.length !== 4 || !numbers.every(Number.isFinite)) return null;
  const [minLng, minLat, maxLng, maxLat] = numbers;
  const valid = minLng >= -180 && maxLng <= 180 && minLat >= -90 && maxLat <= 90 && minLng <= maxLng && minLat <= maxLat;
  return valid ? { minLng, minLat, maxLng, maxLat } : null;
}

/** Kept as text, so the gateway forwards it as it came; the service reads it with parseBoundingBox. */
const bboxSchema = z
  .string()
  .max(100)
  .refine((text) => parseBoundingBox(text) !== null, 'bbox is minLng,minLat,maxLng,maxLat with min ≤ max, in degrees');

export const publicResolvedReportsQuerySchema = pageQuerySchema.extend({
  cursor: z
    .string()
    .regex(/^[0-9a-f]{32}$/, 'a cursor from the previous page')
    .optional(),
  bbox: bboxSchema.optional().describe('Only reports whose published (rounded) location lies in `minLng,minLat,maxLng,maxLat`'),
});
export type PublicResolvedReportsQuery = z.output<typeof publicResolvedReportsQuerySchema>;

export const publicReportViewSchema = z.object({
  id: z.string().describe("This entry's stable key in the feed; not the report's id"),
  category: z.string(),
  status: z.enum(['resolved', 'closed']),
  location: geoPointSchema.describe('The centre of the ~100 m grid cell the report lies in, never the reported point'),
  communityCode: nullableTextSchema(),
  districtCode: nullableTextSchema(),
  reportedOn: z.iso.date().describe("The day it was reported, in the city's time zone"),
  resolvedOn: z.iso.date().nullable().describe("The day it was resolved, in the city's time zone"),
});
export type PublicReportView = z.infer<typeof publicReportViewSchema>;

export class PublicResolvedReportsQueryDto extends createZodDto(publicResolvedReportsQuerySchema) {}
export class PublicReportPageDto extends createZodDto(pageSchemaOf(publicReportViewSchema)) {}
