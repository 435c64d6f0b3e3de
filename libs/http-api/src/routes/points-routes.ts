import { idCursorPageQuerySchema, pageSchemaOf } from '../common/page';
import { balanceViewSchema, pointsTransactionViewSchema } from '../points/points-views';
import { defineRoute } from './route';

/** The points service's internal API. */
export const PointsRoutes = {
  balance: defineRoute({ method: 'GET', path: '/accounts/:workerId/balance', response: balanceViewSchema }),
  transactions: defineRoute({
    method: 'GET',
    path: '/accounts/:workerId/transactions',
    query: idCursorPageQuerySchema,
    response: pageSchemaOf(pointsTransactionViewSchema),
  }),
};
