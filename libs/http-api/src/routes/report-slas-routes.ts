import { pageSchemaOf } from '../common/page';
import { publicReportViewSchema, publicResolvedReportsQuerySchema } from '../public-feed/public-reports';
import {
  escalationsQuerySchema,
  escalationViewSchema,
  setSlaPolicySchema,
  slaPolicyListViewSchema,
  slaPolicyViewSchema,
} from '../report-slas/report-slas';
import { defineRoute } from './route';

/** The reports service's internal API for SLAs, the escalation view and the public feed of resolved reports. */
export const ReportSlasRoutes = {
  policies: defineRoute({ method: 'GET', path: '/report-slas', response: slaPolicyListViewSchema }),
  setPolicy: defineRoute({ method: 'PUT', path: '/report-slas/:categoryCode', body: setSlaPolicySchema, response: slaPolicyViewSchema }),
  escalations: defineRoute({
    method: 'GET',
    path: '/escalations',
    query: escalationsQuerySchema,
    response: pageSchemaOf(escalationViewSchema),
  }),
  publicResolved: defineRoute({
    method: 'GET',
    path: '/public/resolved-reports',
    query: publicResolvedReportsQuerySchema,
    response: pageSchemaOf(publicReportViewSchema),
  }),
};
