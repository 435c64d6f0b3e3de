import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  leaderboardCodeSchema,
  leaderboardScopeSchema,
  LeaderboardView,
  LeaderboardViewDto,
  MonthQueryDto,
  PointsFiguresQueryDto,
  PointsFiguresView,
  PointsFiguresViewDto,
  PointsRoutes,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import type { Request, Response } from 'express';
import { ZodValidationPipe } from 'nestjs-zod';
import { CallerToken } from '../identity/caller-token.decorator';
import { answerJsonOrCsv } from '../figures/json-or-csv';
import { ApiJsonOrCsvResponse } from '../openapi/api-json-or-csv.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';
import { pointsFiguresCsv } from './points-figures-csv';

@ApiTags('points')
@Controller('api/v1')
export class PointsStandingsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Get('leaderboards/:scope/:code')
  @ApiOperation({
    summary: "A month's leaderboard of a community or a district, from the ledger: names masked, workers who opted out left out",
  })
  @ApiOkResponse({ type: LeaderboardViewDto.Output })
  @ApiProblems(400, 401, 422)
  @ApiParam({ name: 'scope', enum: ['community', 'district'] })
  @ApiParam({
    name: 'code',
    description: 'The community’s 12-digit or the district’s 6-digit code',
    schema: { type: 'string', pattern: '^\\d{6}(\\d{3}){0,2}$' },
  })
  async leaderboard(
    @CallerToken() callerToken: string,
    @Param('scope', new ZodValidationPipe(leaderboardScopeSchema)) scope: string,
    @Param('code', new ZodValidationPipe(leaderboardCodeSchema)) code: string,
    @Query() query: MonthQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<LeaderboardView> {
    return (await this.upstreams.points.call(PointsRoutes.leaderboard, { params: { scope, code }, query, callerToken, correlationId }))
      .body;
  }

  @Get('points-figures')
  @ApiOperation({
    summary: "A month's points per community: earned (by category group), voided, redeemed, budget used; staff see their communities",
  })
  @ApiJsonOrCsvResponse(PointsFiguresViewDto.Output, {
    lines: 'one line per community',
    columns: 'month,communityCode,districtCode,earned,earned_<group>…,creditedReports,voided,redeemed,budget,budgetUsedPercent',
  })
  @ApiProblems(400, 401, 403)
  async figures(
    @CallerToken() callerToken: string,
    @Query() { month, format }: PointsFiguresQueryDto,
    @CorrelationId() correlationId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PointsFiguresView | string> {
    const figures = (await this.upstreams.points.call(PointsRoutes.figures, { query: { month }, callerToken, correlationId })).body;
    return answerJsonOrCsv(figures, { format, request, response }, `points-figures-${month}.csv`, pointsFiguresCsv);
  }
}
