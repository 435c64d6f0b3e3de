import { Controller, Param } from '@nestjs/common';
import { Actor, mapPage, Page } from '@waystation/contracts';
import { BalanceView, LeaderboardPreference, PointsRoutes, PointsTransactionView, RouteBodyOf, RouteQueryOf } from '@waystation/http-api';
import { CurrentActor, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { AccountQueries } from './account-queries.service';
import { toBalanceView, toPointsTransactionView } from './points-view.mapper';
import { WorkerProfiles } from './worker-profiles.service';

@Controller()
export class AccountsController {
  constructor(
    private readonly queries: AccountQueries,
    private readonly profiles: WorkerProfiles,
  ) {}

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

  @RouteEndpoint(PointsRoutes.setLeaderboardPreference)
  async setLeaderboardPreference(
    @CurrentActor() actor: Actor,
    @Param('workerId') workerId: string,
    @RouteBody(PointsRoutes.setLeaderboardPreference) { onLeaderboard }: RouteBodyOf<typeof PointsRoutes.setLeaderboardPreference>,
  ): Promise<LeaderboardPreference> {
    return { onLeaderboard: await this.profiles.setOnLeaderboard(actor, workerId, onLeaderboard) };
  }
}
