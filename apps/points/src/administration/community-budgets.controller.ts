import { Controller, Param } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import {
  budgetMonthSchema,
  CommunityBudgetListView,
  CommunityBudgetView,
  PointsRoutes,
  RouteBodyOf,
  RouteQueryOf,
} from '@waystation/http-api';
import { communityCodeSchema } from '@waystation/contracts';
import { CurrentActor, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { ZodValidationPipe } from 'nestjs-zod';
import { CommunityBudgets } from './community-budgets.service';
import { toCommunityBudgetView } from './points-administration-view.mapper';

@Controller()
export class CommunityBudgetsController {
  constructor(private readonly budgets: CommunityBudgets) {}

  @RouteEndpoint(PointsRoutes.communityBudgets)
  async list(
    @CurrentActor() actor: Actor,
    @RouteQuery(PointsRoutes.communityBudgets) { month }: RouteQueryOf<typeof PointsRoutes.communityBudgets>,
  ): Promise<CommunityBudgetListView> {
    return { items: (await this.budgets.list(actor, month)).map(toCommunityBudgetView) };
  }

  @RouteEndpoint(PointsRoutes.setCommunityBudget)
  async set(
    @CurrentActor() actor: Actor,
    @Param('communityCode', new ZodValidationPipe(communityCodeSchema)) communityCode: string,
    @Param('month', new ZodValidationPipe(budgetMonthSchema)) month: string,
    @RouteBody(PointsRoutes.setCommunityBudget) { points }: RouteBodyOf<typeof PointsRoutes.setCommunityBudget>,
  ): Promise<CommunityBudgetView> {
    return toCommunityBudgetView(await this.budgets.set(actor, communityCode, month, points));
  }
}
