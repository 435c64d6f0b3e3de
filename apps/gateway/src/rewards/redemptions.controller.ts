import { Body, Controller, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  IDEMPOTENCY_KEY_HEADER,
  PlaceRedemptionDto,
  RedemptionView,
  RedemptionViewDto,
  RewardsRoutes,
  VerifyRedemptionDto,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import type { Response } from 'express';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiCreation } from '../openapi/api-creation.decorator';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { forwardCreation } from '../upstream/forward-creation';
import { Upstreams } from '../upstream/upstreams';

/** Redeeming: a worker spends points on a reward; the manager of the station holding it verifies the code and hands it over. */
@ApiTags('rewards')
@Controller('api/v1/redemptions')
export class RedemptionsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Post()
  @ApiCreation(RedemptionViewDto.Output, 'redemption')
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422)
  place(
    @CallerToken() callerToken: string,
    @Body() body: PlaceRedemptionDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RedemptionView> {
    return forwardCreation(this.upstreams.points, RewardsRoutes.place, { callerToken, body, correlationId, idempotencyKey }, response);
  }

  @Post('verification')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: RedemptionViewDto.Output,
    description: 'What the code is for: the reward to hand over, and whether it still can be',
  })
  @ApiProblems(400, 401, 403, 404, 413, 415)
  async verify(
    @CallerToken() callerToken: string,
    @Body() body: VerifyRedemptionDto,
    @CorrelationId() correlationId: string,
  ): Promise<RedemptionView> {
    return (await this.upstreams.points.call(RewardsRoutes.verify, { body, callerToken, correlationId })).body;
  }

  @Post(':id/fulfil')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RedemptionViewDto.Output, description: 'Handed over' })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiIdParam('redemption')
  async fulfil(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<RedemptionView> {
    return (await this.upstreams.points.call(RewardsRoutes.fulfil, { params: { id }, callerToken, correlationId })).body;
  }
}
