import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  Actor,
  CreateStationDto,
  NearbyStationsQueryDto,
  NearbyStationView,
  Page,
  PageQueryDto,
  StationView,
} from '@waystation/http-api';
import { CorrelationId, CurrentActor } from '@waystation/platform';
import { StationFinder } from './station-finder.service';
import { StationRegistry } from './station-registry.service';

@Controller('stations')
export class StationsController {
  constructor(
    private readonly registry: StationRegistry,
    private readonly finder: StationFinder,
  ) {}

  @Post()
  create(@CurrentActor() actor: Actor, @Body() command: CreateStationDto, @CorrelationId() correlationId: string): Promise<StationView> {
    return this.registry.create(actor, command, correlationId);
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
