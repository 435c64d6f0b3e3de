import { Controller, Param } from '@nestjs/common';
import { Actor, mapPage, Page } from '@waystation/contracts';
import { BalanceView, PointsRoutes, PointsTransactionView, RouteQueryOf } from '@waystation/http-api';
import { CurrentActor, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { AccountQueries } from './account-queries.service';
import { toBalanceView, toPointsTransactionView } from './points-view.mapper';

@Controller()
export class AccountsController {
  constructor(private readonly queries: AccountQueries) {}

  @RouteEndpoint(PointsRoutes.balance)
  async balance(@CurrentActor() actor: Actor, @Param('workerId') workerId: string): Promise<BalanceView> {
    return toBalanceView(await this.queries.balance(actor, workerId));
  }

  @RouteEndpoint(PointsRoutes.transactions)
  async transactions(
    @CurrentActor() actor: Actor,
    @Param('workerId') workerId: string,
    @RouteQuery(PointsRoutes.transactions) query: RouteQueryOf<typeof PointsRoutes.transactions>,
  ): Promise<Page<PointsTransactionView>> {
    return mapPage(await this.queries.transactions(actor, workerId, query), toPointsTransactionView);
  }
}
