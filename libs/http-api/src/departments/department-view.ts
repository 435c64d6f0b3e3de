import {
  departmentAssignmentStatusSchema,
  geoPointSchema,
  localizedTextSchema,
  reportCategoryRefSchema,
  reportSeveritySchema,
  reportStatusSchema,
  utcTimestampSchema,
} from '@waystation/contracts';
import { z } from 'zod';
import { nullableTextSchema } from '../common/view-fields';

export const departmentViewSchema = z.object({
  code: z.string(),
  name: localizedTextSchema(100),
  contact: z.string(),
  districts: z.array(z.string()).describe('Empty for city-wide'),
  updatedBy: nullableTextSchema().describe('Null for the seeded departments'),
  updatedAt: utcTimestampSchema,
});
export type DepartmentView = z.infer<typeof departmentViewSchema>;

export const departmentListViewSchema = z.object({ items: z.array(departmentViewSchema).describe('By code') });
export type DepartmentListView = z.infer<typeof departmentListViewSchema>;

export const routingRuleViewSchema = z.object({
  id: z.string().describe('This version of the rule: a change retires it and makes a new one'),
  categoryCode: z.string(),
  districtCode: nullableTextSchema().describe("Null: the category's default"),
  departments: z.array(z.string()),
  createdBy: nullableTextSchema().describe('Null for the seeded rules'),
  createdAt: utcTimestampSchema,
});
export type RoutingRuleView = z.infer<typeof routingRuleViewSchema>;

export const routingRuleListViewSchema = z.object({ items: z.array(routingRuleViewSchema).describe('The current rules, by category') });
export type RoutingRuleListView = z.infer<typeof routingRuleListViewSchema>;

export const assignmentStepViewSchema = z.object({
  from: departmentAssignmentStatusSchema.nullable().describe('Null for the first dispatch'),
  status: departmentAssignmentStatusSchema,
  note: nullableTextSchema(),
  photoIds: z.array(z.string()),
  at: utcTimestampSchema,
});

/** A department's own progress on a report. */
const departmentPartSchema = z.object({
  status: departmentAssignmentStatusSchema,
  dispatchedAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
  history: z.array(assignmentStepViewSchema).describe('Oldest first'),
});

/** One department's part in a report, as the reporter and staff see it. */
export const reportDepartmentViewSchema = departmentPartSchema.extend({ code: z.string(), name: localizedTextSchema(100) });
export type ReportDepartmentView = z.infer<typeof reportDepartmentViewSchema>;

/** A department's own part, answered to its moves. */
export const assignmentViewSchema = departmentPartSchema.extend({ reportId: z.uuid(), departmentCode: z.string() });
export type AssignmentView = z.infer<typeof assignmentViewSchema>;

export const departmentQueueItemViewSchema = z.object({
  reportId: z.uuid(),
  departmentCode: z.string(),
  status: departmentAssignmentStatusSchema.describe("The department's own part"),
  reportStatus: reportStatusSchema.describe("The report's overall status"),
  category: reportCategoryRefSchema,
  severity: reportSeveritySchema.nullable(),
  private: z.boolean().describe('A care referral'),
  description: nullableTextSchema().describe('Null for a care referral, unless the department is civil affairs'),
  location: geoPointSchema.nullable(),
  address: nullableTextSchema(),
  communityCode: nullableTextSchema(),
  districtCode: nullableTextSchema(),
  dispatchedAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
  acknowledgeDueAt: utcTimestampSchema.nullable().describe('The SLA deadline to acknowledge by'),
  resolveDueAt: utcTimestampSchema.nullable().describe('The SLA deadline to resolve by'),
  overdue: z.boolean(),
});
export type DepartmentQueueItemView = z.infer<typeof departmentQueueItemViewSchema>;
