import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Page } from '@waystation/contracts';
import {
  BalanceView,
  BalanceViewDto,
  LeaderboardPreference,
  LeaderboardPreferenceDto,
  PageQueryDto,
  PointsRoutes,
  PointsTransactionPageDto,
  PointsTransactionView,
} from '@waystation/http-api';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { CorrelationId } from '@waystation/platform';
import { Caller } from '../identity/caller.decorator';
import { CallerToken } from '../identity/caller-token.decorator';
import { Upstreams } from '../upstream/upstreams';

/** The caller's own points: the account is always the caller's, so no worker can read another's. */
@ApiTags('points')
@Controller('api/v1/me/points')
export class MyPointsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Get()
  @ApiOkResponse({ type: BalanceViewDto.Output })
  @ApiProblems(401)
  async balance(@Caller() actor: Actor, @CallerToken() callerToken: string, @CorrelationId() correlationId: string): Promise<BalanceView> {
    return (await this.upstreams.points.call(PointsRoutes.balance, { params: { workerId: actor.id }, callerToken, correlationId })).body;
  }

  @Get('transactions')
  @ApiOkResponse({ type: PointsTransactionPageDto.Output, description: 'Newest first' })
  @ApiProblems(400, 401)
  async transactions(
    @Caller() actor: Actor,
    @CallerToken() callerToken: string,
    @Query() query: PageQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<PointsTransactionView>> {
    return (
      await this.upstreams.points.call(PointsRoutes.transactions, { params: { workerId: actor.id }, callerToken, query, correlationId })
    ).body;
  }

  @Put('leaderboard-preference')
  @ApiOperation({ summary: 'Whether you appear (masked) on the leaderboards; you always see your own standing' })
  @ApiOkResponse({ type: LeaderboardPreferenceDto.Output })
  @ApiProblems(400, 401, 403, 413, 415)
  async setLeaderboardPreference(
    @Caller() actor: Actor,
    @CallerToken() callerToken: string,
    @Body() body: LeaderboardPreferenceDto,
    @CorrelationId() correlationId: string,
  ): Promise<LeaderboardPreference> {
    return (
      await this.upstreams.points.call(PointsRoutes.setLeaderboardPreference, {
        params: { workerId: actor.id },
        body,
        callerToken,
        correlationId,
      })
    ).body;
  }
}
