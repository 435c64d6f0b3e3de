import { pageSchemaOf } from '../common/page';
import {
  confirmReportSchema,
  listReportsQuerySchema,
  mergeReportSchema,
  rejectReportSchema,
  reportFeedbackSchema,
  reviewQueueQuerySchema,
  submitReportSchema,
} from '../reports/report-commands';
import { reportDuplicatesViewSchema, reviewQueuePageSchema } from '../reports/review-queue-view';
import { reportViewSchema } from '../reports/report-view';
import { defineRoute } from './route';

/** The reports service's internal API. */
export const ReportsRoutes = {
  submit: defineRoute({ method: 'POST', path: '/reports', body: submitReportSchema, response: reportViewSchema }),
  list: defineRoute({ method: 'GET', path: '/reports', query: listReportsQuerySchema, response: pageSchemaOf(reportViewSchema) }),
  get: defineRoute({ method: 'GET', path: '/reports/:id', response: reportViewSchema }),
  confirm: defineRoute({ method: 'POST', path: '/reports/:id/confirm', body: confirmReportSchema, response: reportViewSchema }),
  reject: defineRoute({ method: 'POST', path: '/reports/:id/reject', body: rejectReportSchema, response: reportViewSchema }),
  reviewQueue: defineRoute({ method: 'GET', path: '/review-queue', query: reviewQueueQuerySchema, response: reviewQueuePageSchema }),
  duplicates: defineRoute({ method: 'GET', path: '/reports/:id/duplicates', response: reportDuplicatesViewSchema }),
  merge: defineRoute({ method: 'POST', path: '/reports/:id/merge', body: mergeReportSchema, response: reportViewSchema }),
  keepApart: defineRoute({ method: 'POST', path: '/reports/:id/keep-apart', response: reportViewSchema }),
  feedback: defineRoute({ method: 'POST', path: '/reports/:id/feedback', body: reportFeedbackSchema, response: reportViewSchema }),
};
