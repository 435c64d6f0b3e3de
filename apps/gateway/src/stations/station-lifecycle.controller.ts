import { CallerToken } from '../identity/caller-token.decorator';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Page } from '@waystation/contracts';
import {
  ChangeStationStatusDto,
  PageQueryDto,
  StationsLifecycleRoutes,
  StationStatusChangePageDto,
  StationStatusChangeView,
  StationView,
  StationViewDto,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';

@ApiTags('station lifecycle')
@Controller('api/v1/stations/:id')
export class StationLifecycleController {
  constructor(private readonly upstreams: Upstreams) {}

  /**
   * A station manager reports construction progress (planned → under-construction → built) and suspends or
   * reopens their operating station; the city office makes every move. Accepted comes only from an inspection.
   */
  @Post('status-changes')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: StationViewDto.Output, description: 'The station in its new status' })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiIdParam('station')
  async changeStatus(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ChangeStationStatusDto,
    @CorrelationId() correlationId: string,
  ): Promise<StationView> {
    return (await this.upstreams.stations.call(StationsLifecycleRoutes.changeStatus, { callerToken, params: { id }, body, correlationId }))
      .body;
  }

  @Get('history')
  @ApiOkResponse({ type: StationStatusChangePageDto.Output, description: 'Who moved the station, when and why' })
  @ApiProblems(400, 401, 403, 404)
  @ApiIdParam('station')
  async history(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<StationStatusChangeView>> {
    return (await this.upstreams.stations.call(StationsLifecycleRoutes.history, { callerToken, params: { id }, query, correlationId }))
      .body;
  }
}
