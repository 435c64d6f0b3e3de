import { pageSchemaOf } from '../common/page';
import { confirmReportSchema, listReportsQuerySchema, rejectReportSchema, submitReportSchema } from '../reports/report-commands';
import { reportViewSchema } from '../reports/report-view';
import { defineRoute } from './route';

/** The reports service's internal API. */
export const ReportsRoutes = {
  submit: defineRoute({ method: 'POST', path: '/reports', body: submitReportSchema, response: reportViewSchema }),
  list: defineRoute({ method: 'GET', path: '/reports', query: listReportsQuerySchema, response: pageSchemaOf(reportViewSchema) }),
  get: defineRoute({ method: 'GET', path: '/reports/:id', response: reportViewSchema }),
  confirm: defineRoute({ method: 'POST', path: '/reports/:id/confirm', body: confirmReportSchema, response: reportViewSchema }),
  reject: defineRoute({ method: 'POST', path: '/reports/:id/reject', body: rejectReportSchema, response: reportViewSchema }),
};
