import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { communityCodeSchema } from '@waystation/contracts';
import {
  budgetMonthSchema,
  CommunityBudgetListView,
  CommunityBudgetListViewDto,
  CommunityBudgetsQueryDto,
  CommunityBudgetView,
  CommunityBudgetViewDto,
  PointsRoutes,
  SetCommunityBudgetDto,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import { ZodValidationPipe } from 'nestjs-zod';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';

@ApiTags('points administration')
@Controller('api/v1/community-budgets')
export class CommunityBudgetsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Get()
  @ApiOperation({
    summary:
      "Each community's points budget for a month beside what its workers earned: every community for the city office, their own for community staff",
  })
  @ApiOkResponse({ type: CommunityBudgetListViewDto.Output })
  @ApiProblems(400, 401, 403)
  async list(
    @CallerToken() callerToken: string,
    @Query() query: CommunityBudgetsQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<CommunityBudgetListView> {
    return (await this.upstreams.points.call(PointsRoutes.communityBudgets, { callerToken, query, correlationId })).body;
  }

  @Put(':communityCode/:month')
  @ApiOperation({ summary: "Sets a community's points budget for a month (admin); a budget steers, it never stops workers earning" })
  @ApiOkResponse({ type: CommunityBudgetViewDto.Output })
  @ApiProblems(400, 401, 403, 413, 415)
  @ApiParam({ name: 'communityCode', description: "The community's 12-digit code", schema: { type: 'string', pattern: '^\\d{12}$' } })
  @ApiParam({ name: 'month', description: 'The month, YYYY-MM', schema: { type: 'string', pattern: '^20\\d{2}-(0[1-9]|1[0-2])$' } })
  async set(
    @CallerToken() callerToken: string,
    @Param('communityCode', new ZodValidationPipe(communityCodeSchema)) communityCode: string,
    @Param('month', new ZodValidationPipe(budgetMonthSchema)) month: string,
    @Body() body: SetCommunityBudgetDto,
    @CorrelationId() correlationId: string,
  ): Promise<CommunityBudgetView> {
    return (
      await this.upstreams.points.call(PointsRoutes.setCommunityBudget, {
        params: { communityCode, month },
        callerToken,
        body,
        correlationId,
      })
    ).body;
  }
}
