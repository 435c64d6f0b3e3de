import { areaCodeSchema, communityCodeSchema, reportCategoryGroupSchema, ReportCategoryGroups } from '@waystation/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { budgetMonthSchema } from './points-administration';

export const leaderboardScopeSchema = z
  .enum(['community', 'district'])
  .describe('A community (12-digit code) or a district (6-digit code)');
export const leaderboardCodeSchema = areaCodeSchema.describe("The community's or the district's code");
export const monthQuerySchema = z.object({ month: budgetMonthSchema.describe('The month, YYYY-MM, by the city’s clock') });

const leaderboardEntrySchema = z.object({
  rank: z.number().int().min(1).nullable().describe('Equal points share a rank; null on your own line when you opted out'),
  name: z.string().describe('The display name, masked: its first character only'),
  points: z.number().int(),
  you: z.boolean().describe('Your own line'),
});

export const leaderboardViewSchema = z.object({
  scope: leaderboardScopeSchema,
  code: leaderboardCodeSchema,
  month: budgetMonthSchema,
  entries: z.array(leaderboardEntrySchema).describe('The top 20, most points first; workers who opted out are left out'),
  yours: leaderboardEntrySchema.nullable().describe('Your own line, when you earned there that month and are not among the entries'),
});
export type LeaderboardView = z.infer<typeof leaderboardViewSchema>;

export const leaderboardPreferenceSchema = z.object({
  onLeaderboard: z.boolean().describe('Whether you appear on the leaderboards (masked); you always see your own standing'),
});
export type LeaderboardPreference = z.infer<typeof leaderboardPreferenceSchema>;

const communityFiguresSchema = z.object({
  communityCode: communityCodeSchema,
  districtCode: z.string(),
  earned: z.number().int().describe("Points the community's reports earned in the month, charged to its budget"),
  earnedByGroup: z.object(
    Object.fromEntries(ReportCategoryGroups.map((group) => [group, z.number().int()])) as Record<
      z.infer<typeof reportCategoryGroupSchema>,
      z.ZodNumber
    >,
  ),
  creditedReports: z.number().int().describe('Reports that earned points'),
  voided: z.number().int().describe('Points reserved for reports that were rejected or merged, or that a cap left unearned'),
  redeemed: z.number().int().describe("Points spent on rewards held at the community's stations, less refunds"),
  budget: z.number().int().nullable(),
  budgetUsedPercent: z.number().nullable().describe('earned ÷ budget, in percent; null without a budget'),
});

export const pointsFiguresViewSchema = z.object({
  month: budgetMonthSchema,
  communities: z.array(communityFiguresSchema).describe('Community staff see their communities, the city office every one'),
});
export type PointsFiguresView = z.infer<typeof pointsFiguresViewSchema>;

export const pointsFiguresQuerySchema = monthQuerySchema.extend({
  format: z.enum(['json', 'csv']).optional().describe('`csv` (or `Accept: text/csv`) for one line per community'),
});

export class LeaderboardViewDto extends createZodDto(leaderboardViewSchema) {}
export class LeaderboardPreferenceDto extends createZodDto(leaderboardPreferenceSchema) {}
export class MonthQueryDto extends createZodDto(monthQuerySchema) {}
export class PointsFiguresViewDto extends createZodDto(pointsFiguresViewSchema) {}
export class PointsFiguresQueryDto extends createZodDto(pointsFiguresQuerySchema) {}
