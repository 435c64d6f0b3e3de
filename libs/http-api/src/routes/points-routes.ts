import { idCursorPageQuerySchema, pageSchemaOf } from '../common/page';
import {
  addEarningRuleVersionSchema,
  adjustPointsSchema,
  communityBudgetListViewSchema,
  communityBudgetsQuerySchema,
  communityBudgetViewSchema,
  earningRuleListViewSchema,
  earningRuleVersionViewSchema,
  pointAdjustmentViewSchema,
  setCommunityBudgetSchema,
} from '../points/points-administration';
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
  adjust: defineRoute({
    method: 'POST',
    path: '/accounts/:workerId/adjustments',
    body: adjustPointsSchema,
    response: pointAdjustmentViewSchema,
  }),
  earningRules: defineRoute({ method: 'GET', path: '/earning-rules', response: earningRuleListViewSchema }),
  addEarningRuleVersion: defineRoute({
    method: 'POST',
    path: '/earning-rules',
    body: addEarningRuleVersionSchema,
    response: earningRuleVersionViewSchema,
  }),
  communityBudgets: defineRoute({
    method: 'GET',
    path: '/community-budgets',
    query: communityBudgetsQuerySchema,
    response: communityBudgetListViewSchema,
  }),
  setCommunityBudget: defineRoute({
    method: 'PUT',
    path: '/community-budgets/:communityCode/:month',
    body: setCommunityBudgetSchema,
    response: communityBudgetViewSchema,
  }),
};
