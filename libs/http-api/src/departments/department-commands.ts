import {
  boundedTextSchema,
  departmentAssignmentStatusSchema,
  departmentCodeSchema,
  districtCodeSchema,
  localizedTextSchema,
  reportCategoryCodeSchema,
} from '@waystation/contracts';
import { z } from 'zod';
import { idCursorPageQuerySchema } from '../common/page';

const departmentFields = {
  name: localizedTextSchema(100),
  contact: boundedTextSchema(200).describe('How staff reach the department: a phone number, an address'),
  districts: z.array(districtCodeSchema).max(100).default([]).describe('The districts it serves; empty for city-wide'),
};

export const createDepartmentSchema = z.object({ code: departmentCodeSchema, ...departmentFields });
export type CreateDepartment = z.output<typeof createDepartmentSchema>;

export const updateDepartmentSchema = z
  .object({ name: departmentFields.name, contact: departmentFields.contact, districts: z.array(districtCodeSchema).max(100) })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'Name at least one field to change');
export type UpdateDepartment = z.output<typeof updateDepartmentSchema>;

export const setRoutingRuleSchema = z.object({
  categoryCode: reportCategoryCodeSchema,
  districtCode: districtCodeSchema
    .nullable()
    .default(null)
    .describe("Null (or left out): the category's default, for districts without a rule"),
  departments: z.array(departmentCodeSchema).min(1).max(10),
});
export type SetRoutingRule = z.output<typeof setRoutingRuleSchema>;

export const rerouteReportSchema = z
  .object({
    category: reportCategoryCodeSchema.optional().describe('Recategorise the report'),
    add: z.array(departmentCodeSchema).max(10).default([]).describe('Departments to send it to'),
    remove: z.array(departmentCodeSchema).max(10).default([]).describe('Departments to take it from (only ones that have not taken it on)'),
    reason: boundedTextSchema(500, { multiline: true }),
  })
  .refine((change) => change.category !== undefined || change.add.length > 0 || change.remove.length > 0, {
    message: 'Name a category, or departments to add or remove',
    path: ['add'],
  });
export type RerouteReport = z.output<typeof rerouteReportSchema>;

const queryFlagSchema = z
  .enum(['true', 'false'])
  .optional()
  .transform((value) => (value === undefined ? undefined : value === 'true'));

export const departmentQueueQuerySchema = idCursorPageQuerySchema.extend({
  status: departmentAssignmentStatusSchema.exclude(['withdrawn']).optional().describe("The department's own status"),
  category: reportCategoryCodeSchema.optional(),
  overdue: queryFlagSchema.describe('true: only the overdue; false: only those on time'),
});
export type DepartmentQueueQuery = z.output<typeof departmentQueueQuerySchema>;

const photoIdsSchema = z.array(z.uuid()).max(4).optional().describe('Photos the caller uploaded (POST /photos)');

export const acknowledgeAssignmentSchema = z.object({ note: boundedTextSchema(2000, { multiline: true }).optional() });
export const assignmentProgressSchema = z.object({ note: boundedTextSchema(2000, { multiline: true }), photoIds: photoIdsSchema });
export const resolveAssignmentSchema = z.object({
  note: boundedTextSchema(2000, { multiline: true }).describe('The evidence: what was done'),
  photoIds: photoIdsSchema,
});
export const notResponsibleSchema = z.object({ reason: boundedTextSchema(500, { multiline: true }) });
