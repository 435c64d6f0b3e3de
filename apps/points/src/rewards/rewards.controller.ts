import { Controller, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Actor, mapPage, Page } from '@waystation/contracts';
import {
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyFrom,
  RewardsRoutes,
  RewardStockView,
  RewardView,
  RouteBodyOf,
  RouteQueryOf,
} from '@waystation/http-api';
import { CurrentActor, Public, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import type { Response } from 'express';
import { RewardCatalog } from './reward-catalog.service';
import { toRewardStockView, toRewardView } from './reward-view.mapper';

@Controller()
export class RewardsController {
  constructor(private readonly catalog: RewardCatalog) {}

  @RouteEndpoint(RewardsRoutes.create)
  async create(
    @CurrentActor() actor: Actor,
    @RouteBody(RewardsRoutes.create) command: RouteBodyOf<typeof RewardsRoutes.create>,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RewardView> {
    const { entry, created } = await this.catalog.create(actor, command, idempotencyKeyFrom(idempotencyKey));
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return toRewardView(entry);
  }

  @Public()
  @RouteEndpoint(RewardsRoutes.list)
  async list(@RouteQuery(RewardsRoutes.list) query: RouteQueryOf<typeof RewardsRoutes.list>): Promise<Page<RewardView>> {
    return mapPage(await this.catalog.active(query), toRewardView);
  }

  @Public()
  @RouteEndpoint(RewardsRoutes.get)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<RewardView> {
    return toRewardView(await this.catalog.get(id));
  }

  @RouteEndpoint(RewardsRoutes.update)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(RewardsRoutes.update) patch: RouteBodyOf<typeof RewardsRoutes.update>,
  ): Promise<RewardView> {
    return toRewardView(await this.catalog.update(actor, id, patch));
  }

  @RouteEndpoint(RewardsRoutes.withdraw)
  @HttpCode(HttpStatus.OK)
  async withdraw(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<RewardView> {
    return toRewardView(await this.catalog.withdraw(actor, id));
  }

  @RouteEndpoint(RewardsRoutes.setStock)
  async setStock(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('stationId', ParseUUIDPipe) stationId: string,
    @RouteBody(RewardsRoutes.setStock) body: RouteBodyOf<typeof RewardsRoutes.setStock>,
  ): Promise<RewardStockView> {
    return toRewardStockView(await this.catalog.setStock(actor, id, stationId, body.remaining));
  }
}
