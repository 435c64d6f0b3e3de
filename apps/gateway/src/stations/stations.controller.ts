import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  Actor,
  CreateStationDto,
  NearbyStationsQueryDto,
  NearbyStationView,
  Page,
  PageQueryDto,
  StationView,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import { Caller } from '../identity/caller.decorator';
import { IdentityGuard } from '../identity/identity.guard';
import { Public } from '../identity/public.decorator';
import { Upstreams } from '../upstream/upstreams';

@ApiTags('stations')
@UseGuards(IdentityGuard)
@Controller('api/v1/stations')
export class StationsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Public()
  @Get()
  async list(@Query() query: PageQueryDto, @CorrelationId() correlationId: string): Promise<Page<StationView>> {
    return (await this.upstreams.stations.call<Page<StationView>>({ method: 'GET', path: '/stations', query, correlationId })).body;
  }

  @Public()
  @Get('nearby')
  async nearby(@Query() query: NearbyStationsQueryDto, @CorrelationId() correlationId: string): Promise<{ items: NearbyStationView[] }> {
    const { body } = await this.upstreams.stations.call<NearbyStationView[]>({ method: 'GET', path: '/stations/nearby', query, correlationId });
    return { items: body };
  }

  @Public()
  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string, @CorrelationId() correlationId: string): Promise<StationView> {
    return (await this.upstreams.stations.call<StationView>({ method: 'GET', path: `/stations/${id}`, correlationId })).body;
  }

  @Post()
  async create(@Caller() actor: Actor, @Body() body: CreateStationDto, @CorrelationId() correlationId: string): Promise<StationView> {
    return (await this.upstreams.stations.call<StationView>({ method: 'POST', path: '/stations', actor, body, correlationId })).body;
  }
}
