import { idCursorPageQuerySchema, pageSchemaOf } from '../common/page';
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
} from '../departments/department-commands';
import {
  assignmentViewSchema,
  departmentListViewSchema,
  departmentQueueItemViewSchema,
  departmentViewSchema,
  routingRuleListViewSchema,
  routingRuleViewSchema,
} from '../departments/department-view';
import { departmentFiguresQuerySchema, departmentFiguresViewSchema } from '../departments/department-figures';
import { reportViewSchema } from '../reports/report-view';
import { defineRoute } from './route';

/** The reports service's internal API for departments, routing rules, dispatch and the departments' own work. */
export const DepartmentsRoutes = {
  departments: defineRoute({ method: 'GET', path: '/departments', response: departmentListViewSchema }),
  createDepartment: defineRoute({ method: 'POST', path: '/departments', body: createDepartmentSchema, response: departmentViewSchema }),
  updateDepartment: defineRoute({
    method: 'PATCH',
    path: '/departments/:code',
    body: updateDepartmentSchema,
    response: departmentViewSchema,
  }),
  routingRules: defineRoute({ method: 'GET', path: '/routing-rules', response: routingRuleListViewSchema }),
  setRoutingRule: defineRoute({ method: 'PUT', path: '/routing-rules', body: setRoutingRuleSchema, response: routingRuleViewSchema }),
  retireRoutingRule: defineRoute({ method: 'POST', path: '/routing-rules/:id/retire', response: routingRuleViewSchema }),
  dispatchQueue: defineRoute({
    method: 'GET',
    path: '/dispatch-queue',
    query: idCursorPageQuerySchema,
    response: pageSchemaOf(reportViewSchema),
  }),
  reroute: defineRoute({ method: 'POST', path: '/reports/:id/dispatch', body: rerouteReportSchema, response: reportViewSchema }),
  departmentQueue: defineRoute({
    method: 'GET',
    path: '/department-queue',
    query: departmentQueueQuerySchema,
    response: pageSchemaOf(departmentQueueItemViewSchema),
  }),
  acknowledge: defineRoute({
    method: 'POST',
    path: '/department-queue/:id/acknowledge',
    body: acknowledgeAssignmentSchema,
    response: assignmentViewSchema,
  }),
  progress: defineRoute({
    method: 'POST',
    path: '/department-queue/:id/progress',
    body: assignmentProgressSchema,
    response: assignmentViewSchema,
  }),
  resolve: defineRoute({
    method: 'POST',
    path: '/department-queue/:id/resolve',
    body: resolveAssignmentSchema,
    response: assignmentViewSchema,
  }),
  figures: defineRoute({
    method: 'GET',
    path: '/department-figures',
    query: departmentFiguresQuerySchema,
    response: departmentFiguresViewSchema,
  }),
  notResponsible: defineRoute({
    method: 'POST',
    path: '/department-queue/:id/not-responsible',
    body: notResponsibleSchema,
    response: assignmentViewSchema,
  }),
};
