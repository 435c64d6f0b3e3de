import { Controller, Param } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { leaderboardCodeSchema, leaderboardScopeSchema, LeaderboardView, PointsRoutes, RouteQueryOf } from '@waystation/http-api';
import { CurrentActor, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { ZodValidationPipe } from 'nestjs-zod';
import { LeaderboardScope, Leaderboards } from './leaderboards.service';
import { LeaderboardCodeMismatchError } from './leaderboard-errors';

@Controller()
export class LeaderboardsController {
  constructor(private readonly leaderboards: Leaderboards) {}

  @RouteEndpoint(PointsRoutes.leaderboard)
  async monthly(
    @CurrentActor() actor: Actor,
    @Param('scope', new ZodValidationPipe(leaderboardScopeSchema)) scope: LeaderboardScope,
    @Param('code', new ZodValidationPipe(leaderboardCodeSchema)) code: string,
    @RouteQuery(PointsRoutes.leaderboard) { month }: RouteQueryOf<typeof PointsRoutes.leaderboard>,
  ): Promise<LeaderboardView> {
    if (code.length !== (scope === 'community' ? 12 : 6)) throw new LeaderboardCodeMismatchError(scope, code);
    return this.leaderboards.monthly(actor, scope, code, month);
  }
}
