import { Controller, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Actor, mapPage, Page } from '@waystation/contracts';
import { IDEMPOTENCY_KEY_HEADER, idempotencyKeyFrom, RedemptionView, RewardsRoutes, RouteBodyOf, RouteQueryOf } from '@waystation/http-api';
import { CorrelationId, CurrentActor, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import type { Response } from 'express';
import { RedemptionDesk } from './redemption-desk.service';
import { toRedemptionView } from './redemption-view.mapper';

@Controller()
export class RedemptionsController {
  constructor(private readonly desk: RedemptionDesk) {}

  @RouteEndpoint(RewardsRoutes.place)
  async place(
    @CurrentActor() actor: Actor,
    @RouteBody(RewardsRoutes.place) command: RouteBodyOf<typeof RewardsRoutes.place>,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RedemptionView> {
    const { placed, created } = await this.desk.place(actor, command, idempotencyKeyFrom(idempotencyKey), correlationId);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return toRedemptionView(placed);
  }

  @RouteEndpoint(RewardsRoutes.mine)
  async mine(
    @CurrentActor() actor: Actor,
    @RouteQuery(RewardsRoutes.mine) query: RouteQueryOf<typeof RewardsRoutes.mine>,
  ): Promise<Page<RedemptionView>> {
    return mapPage(await this.desk.mine(actor, query), toRedemptionView);
  }

  @RouteEndpoint(RewardsRoutes.cancel)
  @HttpCode(HttpStatus.OK)
  async cancel(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<RedemptionView> {
    return toRedemptionView(await this.desk.cancel(actor, id, correlationId));
  }

  @RouteEndpoint(RewardsRoutes.verify)
  @HttpCode(HttpStatus.OK)
  async verify(
    @CurrentActor() actor: Actor,
    @RouteBody(RewardsRoutes.verify) body: RouteBodyOf<typeof RewardsRoutes.verify>,
  ): Promise<RedemptionView> {
    return toRedemptionView(await this.desk.verify(actor, body.code));
  }

  @RouteEndpoint(RewardsRoutes.fulfil)
  @HttpCode(HttpStatus.OK)
  async fulfil(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<RedemptionView> {
    return toRedemptionView(await this.desk.fulfil(actor, id, correlationId));
  }
}
