import { createReportCategorySchema, updateReportCategorySchema } from '../reports/report-category-commands';
import { reportCategoryListSchema, reportCategoryViewSchema } from '../reports/report-category-view';
import { defineRoute } from './route';

/** The reports service's internal API for the categories the city office configures. */
export const ReportCategoriesRoutes = {
  list: defineRoute({ method: 'GET', path: '/report-categories', response: reportCategoryListSchema }),
  get: defineRoute({ method: 'GET', path: '/report-categories/:code', response: reportCategoryViewSchema }),
  create: defineRoute({ method: 'POST', path: '/report-categories', body: createReportCategorySchema, response: reportCategoryViewSchema }),
  update: defineRoute({
    method: 'PATCH',
    path: '/report-categories/:code',
    body: updateReportCategorySchema,
    response: reportCategoryViewSchema,
  }),
};
