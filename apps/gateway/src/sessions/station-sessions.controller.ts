import { CallerToken } from '../identity/caller-token.decorator';
import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Page } from '@waystation/contracts';
import {
  IDEMPOTENCY_KEY_HEADER,
  ScheduleSessionDto,
  SessionPageDto,
  SessionsPageQueryDto,
  SessionView,
  SessionViewDto,
  StationVisitsRoutes,
} from '@waystation/http-api';
import { CorrelationId, Public } from '@waystation/platform';
import type { Response } from 'express';
import { ApiCreation } from '../openapi/api-creation.decorator';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { forwardCreation } from '../upstream/forward-creation';
import { Upstreams } from '../upstream/upstreams';

/** A station's service sessions: its manager schedules them, anyone sees the upcoming ones. */
@ApiTags('sessions')
@Controller('api/v1/stations')
export class StationSessionsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Post(':id/sessions')
  @ApiCreation(SessionViewDto.Output, 'session')
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422)
  @ApiIdParam('station')
  schedule(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ScheduleSessionDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionView> {
    return forwardCreation(
      this.upstreams.stations,
      StationVisitsRoutes.schedule,
      { callerToken, params: { id }, body, correlationId, idempotencyKey },
      response,
    );
  }

  @Public()
  @Get(':id/sessions')
  @ApiOkResponse({ type: SessionPageDto.Output, description: 'Sessions not yet over' })
  @ApiProblems(400, 404)
  @ApiIdParam('station')
  async upcoming(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: SessionsPageQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<SessionView>> {
    return (await this.upstreams.stations.call(StationVisitsRoutes.upcoming, { params: { id }, query, correlationId })).body;
  }
}
