import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Page } from '@waystation/contracts';
import {
  CreateRewardDto,
  IDEMPOTENCY_KEY_HEADER,
  RewardPageDto,
  RewardsQueryDto,
  RewardsRoutes,
  RewardStockView,
  RewardStockViewDto,
  RewardView,
  RewardViewDto,
  SetRewardStockDto,
  UpdateRewardDto,
} from '@waystation/http-api';
import { CorrelationId, Public } from '@waystation/platform';
import type { Response } from 'express';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiCreation } from '../openapi/api-creation.decorator';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { forwardCreation } from '../upstream/forward-creation';
import { Upstreams } from '../upstream/upstreams';

/** The rewards catalog: anyone reads what can be redeemed where; the city office manages it. */
@ApiTags('rewards')
@Controller('api/v1/rewards')
export class RewardsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Public()
  @Get()
  @ApiOkResponse({
    type: RewardPageDto.Output,
    description: 'Rewards not withdrawn and not past their window, with what each station has left',
  })
  @ApiProblems(400)
  async list(@Query() query: RewardsQueryDto, @CorrelationId() correlationId: string): Promise<Page<RewardView>> {
    return (await this.upstreams.points.call(RewardsRoutes.list, { query, correlationId })).body;
  }

  @Post()
  @ApiCreation(RewardViewDto.Output, 'reward')
  @ApiProblems(400, 401, 403, 413, 415, 422)
  create(
    @CallerToken() callerToken: string,
    @Body() body: CreateRewardDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RewardView> {
    return forwardCreation(this.upstreams.points, RewardsRoutes.create, { callerToken, body, correlationId, idempotencyKey }, response);
  }

  @Public()
  @Get(':id')
  @ApiOkResponse({ type: RewardViewDto.Output })
  @ApiProblems(400, 404)
  @ApiIdParam('reward')
  async get(@Param('id', ParseUUIDPipe) id: string, @CorrelationId() correlationId: string): Promise<RewardView> {
    return (await this.upstreams.points.call(RewardsRoutes.get, { params: { id }, correlationId })).body;
  }

  @Patch(':id')
  @ApiOkResponse({ type: RewardViewDto.Output, description: 'The reward as changed' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422)
  @ApiIdParam('reward')
  async update(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateRewardDto,
    @CorrelationId() correlationId: string,
  ): Promise<RewardView> {
    return (await this.upstreams.points.call(RewardsRoutes.update, { params: { id }, body, callerToken, correlationId })).body;
  }

  @Post(':id/withdraw')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RewardViewDto.Output, description: 'Out of the catalog (again: unchanged); placed redemptions stay collectable' })
  @ApiProblems(400, 401, 403, 404)
  @ApiIdParam('reward')
  async withdraw(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<RewardView> {
    return (await this.upstreams.points.call(RewardsRoutes.withdraw, { params: { id }, callerToken, correlationId })).body;
  }

  @Put(':id/stocks/:stationId')
  @ApiOkResponse({ type: RewardStockViewDto.Output, description: 'What the station has left to redeem now' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415)
  @ApiIdParam('reward')
  @ApiParam({ name: 'stationId', description: 'The collection station', schema: { type: 'string', format: 'uuid' } })
  async setStock(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('stationId', ParseUUIDPipe) stationId: string,
    @Body() body: SetRewardStockDto,
    @CorrelationId() correlationId: string,
  ): Promise<RewardStockView> {
    return (await this.upstreams.points.call(RewardsRoutes.setStock, { params: { id, stationId }, body, callerToken, correlationId })).body;
  }
}
