import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AdjustPointsDto, IDEMPOTENCY_KEY_HEADER, PointAdjustmentView, PointAdjustmentViewDto, PointsRoutes } from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import type { Response } from 'express';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiCreation } from '../openapi/api-creation.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { forwardCreation } from '../upstream/forward-creation';
import { Upstreams } from '../upstream/upstreams';

@ApiTags('points administration')
@Controller('api/v1/workers/:workerId/points/adjustments')
export class PointAdjustmentsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Post()
  @ApiOperation({
    summary: "Corrects a worker's points by hand (admin), with a reason the worker reads in their history; never below zero",
  })
  @ApiCreation(PointAdjustmentViewDto.Output, 'adjustment')
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422)
  @ApiParam({ name: 'workerId', description: "The worker's account id", schema: { type: 'string', minLength: 1, maxLength: 100 } })
  adjust(
    @CallerToken() callerToken: string,
    @Param('workerId') workerId: string,
    @Body() body: AdjustPointsDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PointAdjustmentView> {
    return forwardCreation(
      this.upstreams.points,
      PointsRoutes.adjust,
      { params: { workerId }, callerToken, body, correlationId, idempotencyKey },
      response,
    );
  }
}
