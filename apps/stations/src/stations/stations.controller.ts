import { Body, Controller, Get, Headers, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  Actor,
  CreateStationDto,
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyFrom,
  NearbyStationsQueryDto,
  NearbyStationView,
  Page,
  PageQueryDto,
  StationView,
} from '@waystation/http-api';
import { CorrelationId, CurrentActor } from '@waystation/platform';
import type { Response } from 'express';
import { StationFinder } from './station-finder.service';
import { StationRegistry } from './station-registry.service';

@Controller('stations')
export class StationsController {
  constructor(
    private readonly registry: StationRegistry,
    private readonly finder: StationFinder,
  ) {}

  @Post()
  async create(
    @CurrentActor() actor: Actor,
    @Body() command: CreateStationDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StationView> {
    const { station, created } = await this.registry.create(actor, command, idempotencyKeyFrom(idempotencyKey), correlationId);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return station;
  }

  @Get()
  list(@Query() query: PageQueryDto): Promise<Page<StationView>> {
    return this.finder.list(query);
  }

  @Get('nearby')
  nearby(@Query() query: NearbyStationsQueryDto): Promise<NearbyStationView[]> {
    return this.finder.nearby(query);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<StationView> {
    return this.finder.get(id);
  }
}
