import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AddEarningRuleVersionDto,
  EarningRuleListView,
  EarningRuleListViewDto,
  EarningRuleVersionView,
  EarningRuleVersionViewDto,
  PointsRoutes,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import type { Response } from 'express';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { forwardCreation } from '../upstream/forward-creation';
import { Upstreams } from '../upstream/upstreams';

@ApiTags('points administration')
@Controller('api/v1/earning-rules')
export class EarningRulesController {
  constructor(private readonly upstreams: Upstreams) {}

  @Get()
  @ApiOperation({ summary: 'How points are earned: every version of every earning rule, and which is in effect now' })
  @ApiOkResponse({ type: EarningRuleListViewDto.Output })
  @ApiProblems(401)
  async list(@CallerToken() callerToken: string, @CorrelationId() correlationId: string): Promise<EarningRuleListView> {
    return (await this.upstreams.points.call(PointsRoutes.earningRules, { callerToken, correlationId })).body;
  }

  @Post()
  @ApiOperation({
    summary: 'Adds a version of an earning rule from a moment to come (admin); points already earned keep the version they were earned by',
  })
  @ApiCreatedResponse({ type: EarningRuleVersionViewDto.Output, description: 'The version, added' })
  @ApiOkResponse({ type: EarningRuleVersionViewDto.Output, description: 'The same version sent again: the one added the first time' })
  @ApiProblems(400, 401, 403, 409, 413, 415, 422)
  add(
    @CallerToken() callerToken: string,
    @Body() body: AddEarningRuleVersionDto,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EarningRuleVersionView> {
    return forwardCreation(
      this.upstreams.points,
      PointsRoutes.addEarningRuleVersion,
      { callerToken, body, correlationId, idempotencyKey: undefined },
      response,
    );
  }
}
