import { districtCodeSchema, utcTimestampSchema } from '@waystation/contracts';
import { z } from 'zod';
import { queryNumberSchema } from '../common/query-number';
import { nullableTextSchema } from '../common/view-fields';

const yearSchema = z.number().int().min(2000).max(2100);

export const setDistrictTargetSchema = z.object({
  districtCode: districtCodeSchema,
  year: yearSchema,
  plannedCount: z.number().int().min(0).max(100_000).describe('Stations the district is to have in the year'),
});
export type SetDistrictTarget = z.output<typeof setDistrictTargetSchema>;

export const districtTargetViewSchema = setDistrictTargetSchema.extend({ setBy: z.string(), setAt: utcTimestampSchema });
export type DistrictTargetView = z.infer<typeof districtTargetViewSchema>;

export const stationProgressQuerySchema = z.object({
  year: queryNumberSchema(z.coerce.number().pipe(yearSchema)).describe('The year whose targets the counts are set against'),
});
export type StationProgressQuery = z.output<typeof stationProgressQuerySchema>;

export const progressCountsSchema = z.object({
  target: z.number().int().nullable().describe("The year's planned count; null when none is set"),
  planned: z.number().int().describe('Stations in the programme: every one not closed'),
  underConstruction: z.number().int().describe('Of those, the ones construction has started on (under construction or later)'),
  built: z.number().int().describe('Of those, the ones built (built or later)'),
  accepted: z.number().int().describe('Of those, the ones that passed acceptance (accepted or later)'),
  operating: z.number().int().describe('Receiving workers now'),
  suspended: z.number().int().describe('Accepted and opened, suspended now'),
  closed: z.number().int().describe('Closed, counted in none of the above'),
});
export type ProgressCounts = z.infer<typeof progressCountsSchema>;

export const stationProgressViewSchema = z.object({
  year: z.number().int(),
  districts: z.array(
    progressCountsSchema.extend({ districtCode: nullableTextSchema().describe('Null for stations not yet assigned a district') }),
  ),
  city: progressCountsSchema.describe('Every district together'),
});
export type StationProgressView = z.infer<typeof stationProgressViewSchema>;
