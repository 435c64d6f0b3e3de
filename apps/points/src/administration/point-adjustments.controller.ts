import { Controller, Headers, HttpStatus, Param, Res } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { IDEMPOTENCY_KEY_HEADER, idempotencyKeyFrom, PointAdjustmentView, PointsRoutes, RouteBodyOf } from '@waystation/http-api';
import { CorrelationId, CurrentActor, RouteBody, RouteEndpoint } from '@waystation/platform';
import type { Response } from 'express';
import { PointAdjustments } from './point-adjustments.service';
import { toPointAdjustmentView } from './points-administration-view.mapper';

@Controller()
export class PointAdjustmentsController {
  constructor(private readonly adjustments: PointAdjustments) {}

  @RouteEndpoint(PointsRoutes.adjust)
  async adjust(
    @CurrentActor() actor: Actor,
    @Param('workerId') workerId: string,
    @RouteBody(PointsRoutes.adjust) command: RouteBodyOf<typeof PointsRoutes.adjust>,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PointAdjustmentView> {
    const { adjustment, created } = await this.adjustments.adjust(
      actor,
      workerId,
      command,
      idempotencyKeyFrom(idempotencyKey),
      correlationId,
    );
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return toPointAdjustmentView(adjustment);
  }
}
