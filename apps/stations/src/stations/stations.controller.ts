import { Controller, Headers, HttpStatus, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Actor, mapPage, Page } from '@waystation/contracts';
import {
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyFrom,
  NearbyStationView,
  RouteBodyOf,
  RouteQueryOf,
  StationsRoutes,
  StationView,
} from '@waystation/http-api';
import { CorrelationId, CurrentActor, Public, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import type { Response } from 'express';
import { StationEditor } from './station-editor.service';
import { decodeNearbyCursor, StationFinder } from './station-finder.service';
import { StationRegistry } from './station-registry.service';
import { toNearbyStationView, toStationView } from './station-view.mapper';

@Controller()
export class StationsController {
  constructor(
    private readonly registry: StationRegistry,
    private readonly editor: StationEditor,
    private readonly finder: StationFinder,
  ) {}

  @RouteEndpoint(StationsRoutes.create)
  async create(
    @CurrentActor() actor: Actor,
    @RouteBody(StationsRoutes.create) command: RouteBodyOf<typeof StationsRoutes.create>,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StationView> {
    const { station, created } = await this.registry.create(actor, command, idempotencyKeyFrom(idempotencyKey), correlationId);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return toStationView(station);
  }

  // Station data is public: the gateway asks for it on behalf of anyone, with no caller token.
  @Public()
  @RouteEndpoint(StationsRoutes.list)
  async list(@RouteQuery(StationsRoutes.list) query: RouteQueryOf<typeof StationsRoutes.list>): Promise<Page<StationView>> {
    return mapPage(await this.finder.list(query), toStationView);
  }

  @Public()
  @RouteEndpoint(StationsRoutes.nearby)
  async nearby(@RouteQuery(StationsRoutes.nearby) query: RouteQueryOf<typeof StationsRoutes.nearby>): Promise<Page<NearbyStationView>> {
    const { openNow, openAt, cursor, amenity, ...search } = query;
    const page = await this.finder.nearby({
      ...search,
      amenities: amenity,
      openAt: openAt ? new Date(openAt) : openNow ? new Date() : undefined,
      after: cursor ? decodeNearbyCursor(cursor) : undefined,
    });
    return mapPage(page, toNearbyStationView);
  }

  @Public()
  @RouteEndpoint(StationsRoutes.get)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<StationView> {
    return toStationView(await this.finder.get(id));
  }

  @RouteEndpoint(StationsRoutes.update)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(StationsRoutes.update) changes: RouteBodyOf<typeof StationsRoutes.update>,
    @CorrelationId() correlationId: string,
  ): Promise<StationView> {
    return toStationView(await this.editor.update(actor, id, changes, correlationId));
  }
}
