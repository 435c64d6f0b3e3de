import { createZodDto } from 'nestjs-zod';
import { idCursorPageQuerySchema, pageSchemaOf } from '../common/page';
import { reportViewSchema } from '../reports/report-view';
import {
  acknowledgeAssignmentSchema,
  assignmentProgressSchema,
  createDepartmentSchema,
  departmentQueueQuerySchema,
  notResponsibleSchema,
  rerouteReportSchema,
  resolveAssignmentSchema,
  setRoutingRuleSchema,
  updateDepartmentSchema,
} from './department-commands';
import {
  assignmentViewSchema,
  departmentListViewSchema,
  departmentQueueItemViewSchema,
  departmentViewSchema,
  routingRuleListViewSchema,
  routingRuleViewSchema,
} from './department-view';

/** Validated request bodies and queries of departments, routing and dispatch, and their answers for OpenAPI. */
export class CreateDepartmentDto extends createZodDto(createDepartmentSchema) {}
export class UpdateDepartmentDto extends createZodDto(updateDepartmentSchema) {}
export class SetRoutingRuleDto extends createZodDto(setRoutingRuleSchema) {}
export class RerouteReportDto extends createZodDto(rerouteReportSchema) {}
export class DispatchQueueQueryDto extends createZodDto(idCursorPageQuerySchema) {}
export class DepartmentQueueQueryDto extends createZodDto(departmentQueueQuerySchema) {}
export class AcknowledgeAssignmentDto extends createZodDto(acknowledgeAssignmentSchema) {}
export class AssignmentProgressDto extends createZodDto(assignmentProgressSchema) {}
export class ResolveAssignmentDto extends createZodDto(resolveAssignmentSchema) {}
export class NotResponsibleDto extends createZodDto(notResponsibleSchema) {}
export class DepartmentViewDto extends createZodDto(departmentViewSchema) {}
export class DepartmentListDto extends createZodDto(departmentListViewSchema) {}
export class RoutingRuleViewDto extends createZodDto(routingRuleViewSchema) {}
export class RoutingRuleListDto extends createZodDto(routingRuleListViewSchema) {}
export class AssignmentViewDto extends createZodDto(assignmentViewSchema) {}
export class DispatchQueuePageDto extends createZodDto(pageSchemaOf(reportViewSchema.describe('Oldest first'))) {}
export class DepartmentQueuePageDto extends createZodDto(pageSchemaOf(departmentQueueItemViewSchema.describe('Oldest first'))) {}
