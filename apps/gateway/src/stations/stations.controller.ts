import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Page } from '@waystation/contracts';
import {
  CreateStationDto,
  IDEMPOTENCY_KEY_HEADER,
  NearbyStationsDto,
  NearbyStationsQueryDto,
  NearbyStationView,
  PageQueryDto,
  StationPageDto,
  StationsRoutes,
  StationView,
  StationViewDto,
  UpdateStationDto,
} from '@waystation/http-api';
import { ApiCreation } from '../openapi/api-creation.decorator';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { CorrelationId, Public } from '@waystation/platform';
import type { Response } from 'express';
import { CallerToken } from '../identity/caller-token.decorator';
import { forwardCreation } from '../upstream/forward-creation';
import { Upstreams } from '../upstream/upstreams';

@ApiTags('stations')
@Controller('api/v1/stations')
export class StationsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: StationPageDto.Output })
  @ApiProblems(400)
  async list(@Query() query: PageQueryDto, @CorrelationId() correlationId: string): Promise<Page<StationView>> {
    return (await this.upstreams.stations.call(StationsRoutes.list, { query, correlationId })).body;
  }

  @Public()
  @Get('nearby')
  @ApiOkResponse({ type: NearbyStationsDto.Output })
  @ApiProblems(400)
  async nearby(@Query() query: NearbyStationsQueryDto, @CorrelationId() correlationId: string): Promise<Page<NearbyStationView>> {
    return (await this.upstreams.stations.call(StationsRoutes.nearby, { query, correlationId })).body;
  }

  @Public()
  @Get(':id')
  @ApiOkResponse({ type: StationViewDto.Output })
  @ApiProblems(400, 404)
  @ApiIdParam('station')
  async get(@Param('id', ParseUUIDPipe) id: string, @CorrelationId() correlationId: string): Promise<StationView> {
    return (await this.upstreams.stations.call(StationsRoutes.get, { params: { id }, correlationId })).body;
  }

  @Post()
  @ApiCreation(StationViewDto.Output, 'station')
  @ApiProblems(400, 401, 403, 413, 415, 422)
  create(
    @CallerToken() callerToken: string,
    @Body() body: CreateStationDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StationView> {
    return forwardCreation(this.upstreams.stations, StationsRoutes.create, { callerToken, body, correlationId, idempotencyKey }, response);
  }

  @Patch(':id')
  @ApiOkResponse({ type: StationViewDto.Output, description: 'The station with its whole profile, as edited' })
  @ApiProblems(400, 401, 403, 404, 413, 415, 422)
  @ApiIdParam('station')
  async update(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateStationDto,
    @CorrelationId() correlationId: string,
  ): Promise<StationView> {
    return (await this.upstreams.stations.call(StationsRoutes.update, { callerToken, params: { id }, body, correlationId })).body;
  }
}
