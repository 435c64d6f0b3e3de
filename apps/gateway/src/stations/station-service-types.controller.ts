import { CallerToken } from '../identity/caller-token.decorator';
import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CreateStationServiceTypeDto,
  StationServiceTypeListDto,
  StationServiceTypeView,
  StationServiceTypeViewDto,
  StationsRoutes,
} from '@waystation/http-api';
import { CorrelationId, Public } from '@waystation/platform';
import type { Response } from 'express';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';

/** The services stations can offer: the built-in ones and those the city office adds. */
@ApiTags('stations')
@Controller('api/v1/station-service-types')
export class StationServiceTypesController {
  constructor(private readonly upstreams: Upstreams) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: StationServiceTypeListDto.Output })
  async list(@CorrelationId() correlationId: string): Promise<{ items: StationServiceTypeView[] }> {
    return (await this.upstreams.stations.call(StationsRoutes.listServiceTypes, { correlationId })).body;
  }

  @Post()
  @ApiCreatedResponse({ type: StationServiceTypeViewDto.Output, description: 'The service type, added' })
  @ApiOkResponse({ type: StationServiceTypeViewDto.Output, description: 'It existed with the same names: a retry' })
  @ApiProblems(400, 401, 403, 409, 413, 415)
  async add(
    @CallerToken() callerToken: string,
    @Body() body: CreateStationServiceTypeDto,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StationServiceTypeView> {
    const upstream = await this.upstreams.stations.call(StationsRoutes.addServiceType, { callerToken, body, correlationId });
    response.status(upstream.status);
    return upstream.body;
  }
}
