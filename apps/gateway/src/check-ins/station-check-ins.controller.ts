import { CallerToken } from '../identity/caller-token.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CheckInDto,
  CheckInView,
  CheckInViewDto,
  StationCodesView,
  StationCodesViewDto,
  StationVisitsRoutes,
  StationVisitsView,
  StationVisitsViewDto,
  VisitsQueryDto,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import type { Response } from 'express';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { forwardCreation } from '../upstream/forward-creation';
import { Upstreams } from '../upstream/upstreams';

/** Checking in at a station, the codes its screen and door show, and its visit counts. */
@ApiTags('check-ins')
@Controller('api/v1/stations')
export class StationCheckInsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Post(':id/check-ins')
  @ApiCreatedResponse({ type: CheckInViewDto.Output, description: 'Checked in' })
  @ApiOkResponse({ type: CheckInViewDto.Output, description: 'Already checked in at this station: that check-in (a retry is harmless)' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422)
  @ApiIdParam('station')
  checkIn(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CheckInDto,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CheckInView> {
    return forwardCreation(
      this.upstreams.stations,
      StationVisitsRoutes.checkIn,
      { callerToken, params: { id }, body, correlationId, idempotencyKey: undefined },
      response,
    );
  }

  @Get(':id/check-in-codes')
  @ApiOkResponse({
    type: StationCodesViewDto.Output,
    description: "For the station's manager: the screen's current code and the printed one",
  })
  @ApiProblems(400, 401, 403, 404)
  @ApiIdParam('station')
  async codes(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<StationCodesView> {
    return (await this.upstreams.stations.call(StationVisitsRoutes.codes, { params: { id }, callerToken, correlationId })).body;
  }

  @Get(':id/visits')
  @ApiOkResponse({ type: StationVisitsViewDto.Output, description: "For the station's manager and the city office" })
  @ApiProblems(400, 401, 403, 404)
  @ApiIdParam('station')
  async visits(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: VisitsQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<StationVisitsView> {
    return (await this.upstreams.stations.call(StationVisitsRoutes.visits, { params: { id }, callerToken, query, correlationId })).body;
  }
}
