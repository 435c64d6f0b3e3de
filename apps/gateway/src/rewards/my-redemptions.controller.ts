import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Page } from '@waystation/contracts';
import { RedemptionPageDto, RedemptionsPageQueryDto, RedemptionView, RedemptionViewDto, RewardsRoutes } from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';

/** The caller's own redemptions: nobody else's can be named. */
@ApiTags('rewards')
@Controller('api/v1/me/redemptions')
export class MyRedemptionsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Get()
  @ApiOkResponse({ type: RedemptionPageDto.Output })
  @ApiProblems(400, 401)
  async mine(
    @CallerToken() callerToken: string,
    @Query() query: RedemptionsPageQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<RedemptionView>> {
    return (await this.upstreams.points.call(RewardsRoutes.mine, { query, callerToken, correlationId })).body;
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RedemptionViewDto.Output, description: 'Cancelled: the points and the stock are back' })
  @ApiProblems(400, 401, 404, 409)
  @ApiIdParam('redemption')
  async cancel(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<RedemptionView> {
    return (await this.upstreams.points.call(RewardsRoutes.cancel, { params: { id }, callerToken, correlationId })).body;
  }
}
