import {
  boundedTextSchema,
  communityCodeSchema,
  earningEventTypeSchema,
  isReportEarningEventType,
  reportCategoryGroupSchema,
  utcTimestampSchema,
} from '@waystation/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { nullableTextSchema } from '../common/view-fields';

const capSchema = z.number().int().min(1).max(100_000).nullable();

/** A new version of an earning rule, from `effectiveFrom` on; points already earned keep the version they were earned under. */
export const addEarningRuleVersionSchema = z
  .object({
    eventType: earningEventTypeSchema.describe('The fact the rule pays for'),
    group: reportCategoryGroupSchema.optional().describe('The report category group, for the report events’ rules only'),
    points: z.number().int().min(0).max(1_000).describe('0 stops the rule paying'),
    dailyCap: capSchema.default(null).describe("The most a worker may earn by this rule in a day (the city's clock); null for none"),
    monthlyCap: capSchema.default(null).describe('The most a worker may earn by this rule in a calendar month; null for none'),
    effectiveFrom: utcTimestampSchema.describe('When it takes effect: now or later, never in the past'),
    note: boundedTextSchema(500).optional().describe('Why the rule changes, for the record'),
  })
  .refine((rule) => isReportEarningEventType(rule.eventType) === (rule.group !== undefined), {
    path: ['group'],
    message: 'a report event’s rule names its category group; a station event’s rule has none',
  });
export type AddEarningRuleVersion = z.output<typeof addEarningRuleVersionSchema>;

export const earningRuleVersionViewSchema = z.object({
  id: z.uuid(),
  eventType: earningEventTypeSchema,
  group: reportCategoryGroupSchema.nullable(),
  points: z.number().int(),
  dailyCap: z.number().int().nullable(),
  monthlyCap: z.number().int().nullable(),
  effectiveFrom: utcTimestampSchema,
  /** Whether it is the version in effect now (a later one may be scheduled, earlier ones are history). */
  current: z.boolean().describe('The version in effect now'),
  createdBy: z.string(),
  createdAt: utcTimestampSchema,
  note: nullableTextSchema(),
});
export type EarningRuleVersionView = z.infer<typeof earningRuleVersionViewSchema>;

export const earningRuleListViewSchema = z.object({
  items: z.array(earningRuleVersionViewSchema).describe('By event type and group, each rule’s versions newest first'),
});
export type EarningRuleListView = z.infer<typeof earningRuleListViewSchema>;

/** A calendar month of this century, `2026-03`. */
export const budgetMonthSchema = z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, 'a month is YYYY-MM, from 2000-01 to 2099-12');

export const setCommunityBudgetSchema = z.object({
  points: z.number().int().min(0).max(100_000_000).describe('What the community may pay out in the month'),
});
export type SetCommunityBudget = z.output<typeof setCommunityBudgetSchema>;

export const communityBudgetViewSchema = z.object({
  communityCode: communityCodeSchema,
  month: budgetMonthSchema,
  points: z.number().int().nullable().describe('The budget the city office set; null when none is set'),
  earned: z.number().int().describe("Points the community's workers earned in the month, charged to it"),
  setBy: nullableTextSchema(),
  setAt: utcTimestampSchema.nullable(),
});
export type CommunityBudgetView = z.infer<typeof communityBudgetViewSchema>;

export const communityBudgetsQuerySchema = z.object({ month: budgetMonthSchema.describe('The month to show') });
export const communityBudgetListViewSchema = z.object({
  items: z.array(communityBudgetViewSchema).describe('Every community with a budget or earnings in the month, by code'),
});
export type CommunityBudgetListView = z.infer<typeof communityBudgetListViewSchema>;

export const adjustPointsSchema = z.object({
  amount: z
    .number()
    .int()
    .min(-100_000)
    .max(100_000)
    .refine((amount) => amount !== 0, 'an adjustment moves points: not 0')
    .describe('Positive adds points, negative takes them away (never below zero)'),
  reason: boundedTextSchema(500).describe('Why, in words the worker reads in their history'),
});
export type AdjustPoints = z.output<typeof adjustPointsSchema>;

export const pointAdjustmentViewSchema = z.object({
  id: z.uuid(),
  workerId: z.string(),
  amount: z.number().int(),
  reason: z.string(),
  balanceAfter: z.number().int(),
  adjustedBy: z.string(),
  adjustedAt: utcTimestampSchema,
});
export type PointAdjustmentView = z.infer<typeof pointAdjustmentViewSchema>;

export class AddEarningRuleVersionDto extends createZodDto(addEarningRuleVersionSchema) {}
export class EarningRuleVersionViewDto extends createZodDto(earningRuleVersionViewSchema) {}
export class EarningRuleListViewDto extends createZodDto(earningRuleListViewSchema) {}
export class SetCommunityBudgetDto extends createZodDto(setCommunityBudgetSchema) {}
export class CommunityBudgetViewDto extends createZodDto(communityBudgetViewSchema) {}
export class CommunityBudgetListViewDto extends createZodDto(communityBudgetListViewSchema) {}
export class CommunityBudgetsQueryDto extends createZodDto(communityBudgetsQuerySchema) {}
export class AdjustPointsDto extends createZodDto(adjustPointsSchema) {}
export class PointAdjustmentViewDto extends createZodDto(pointAdjustmentViewSchema) {}
