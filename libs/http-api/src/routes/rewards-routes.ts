import { idCursorPageQuerySchema, pageSchemaOf } from '../common/page';
import {
  createRewardSchema,
  placeRedemptionSchema,
  rewardsQuerySchema,
  setRewardStockSchema,
  updateRewardSchema,
  verifyRedemptionSchema,
} from '../rewards/reward-commands';
import { redemptionViewSchema, rewardStockViewSchema, rewardViewSchema } from '../rewards/reward-views';
import { defineRoute } from './route';

/** The points service's internal API for the rewards catalog and redemptions. */
export const RewardsRoutes = {
  create: defineRoute({ method: 'POST', path: '/rewards', body: createRewardSchema, response: rewardViewSchema }),
  list: defineRoute({ method: 'GET', path: '/rewards', query: rewardsQuerySchema, response: pageSchemaOf(rewardViewSchema) }),
  get: defineRoute({ method: 'GET', path: '/rewards/:id', response: rewardViewSchema }),
  update: defineRoute({ method: 'PATCH', path: '/rewards/:id', body: updateRewardSchema, response: rewardViewSchema }),
  withdraw: defineRoute({ method: 'POST', path: '/rewards/:id/withdraw', response: rewardViewSchema }),
  setStock: defineRoute({
    method: 'PUT',
    path: '/rewards/:id/stocks/:stationId',
    body: setRewardStockSchema,
    response: rewardStockViewSchema,
  }),
  place: defineRoute({ method: 'POST', path: '/redemptions', body: placeRedemptionSchema, response: redemptionViewSchema }),
  mine: defineRoute({
    method: 'GET',
    path: '/redemptions/mine',
    query: idCursorPageQuerySchema,
    response: pageSchemaOf(redemptionViewSchema),
  }),
  cancel: defineRoute({ method: 'POST', path: '/redemptions/:id/cancel', response: redemptionViewSchema }),
  verify: defineRoute({ method: 'POST', path: '/redemptions/verification', body: verifyRedemptionSchema, response: redemptionViewSchema }),
  fulfil: defineRoute({ method: 'POST', path: '/redemptions/:id/fulfil', response: redemptionViewSchema }),
};
