import { CallerToken } from '../identity/caller-token.decorator';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Page } from '@waystation/contracts';
import {
  MarkAttendanceDto,
  SignUpsPageQueryDto,
  SessionView,
  SessionViewDto,
  SignUpPageDto,
  SignUpView,
  SignUpViewDto,
  StationVisitsRoutes,
} from '@waystation/http-api';
import { CorrelationId, Public } from '@waystation/platform';
import type { Response } from 'express';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { forwardCreation } from '../upstream/forward-creation';
import { Upstreams } from '../upstream/upstreams';

/** One session: reading it, signing up for it, and (its station's manager) its sign-ups and attendance. */
@ApiTags('sessions')
@Controller('api/v1/station-sessions')
export class SessionsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Public()
  @Get(':id')
  @ApiOkResponse({ type: SessionViewDto.Output })
  @ApiProblems(400, 404)
  @ApiIdParam('session')
  async get(@Param('id', ParseUUIDPipe) id: string, @CorrelationId() correlationId: string): Promise<SessionView> {
    return (await this.upstreams.stations.call(StationVisitsRoutes.session, { params: { id }, correlationId })).body;
  }

  @Post(':id/sign-ups')
  @ApiCreatedResponse({ type: SignUpViewDto.Output, description: 'Signed up: holding a place (confirmed) or waiting for one (waitlisted)' })
  @ApiOkResponse({ type: SignUpViewDto.Output, description: 'Already signed up: that sign-up (a retry is harmless)' })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiIdParam('session')
  signUp(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SignUpView> {
    return forwardCreation(
      this.upstreams.stations,
      StationVisitsRoutes.signUp,
      { callerToken, params: { id }, correlationId, idempotencyKey: undefined },
      response,
    );
  }

  @Get(':id/sign-ups')
  @ApiOkResponse({ type: SignUpPageDto.Output, description: "For the station's manager" })
  @ApiProblems(400, 401, 403, 404)
  @ApiIdParam('session')
  async signUps(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: SignUpsPageQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<SignUpView>> {
    return (await this.upstreams.stations.call(StationVisitsRoutes.signUps, { params: { id }, callerToken, query, correlationId })).body;
  }

  @Post(':id/attendance')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SignUpViewDto.Output, description: "The worker's sign-up, marked present (marking again changes nothing)" })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415)
  @ApiIdParam('session')
  async markAttendance(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MarkAttendanceDto,
    @CorrelationId() correlationId: string,
  ): Promise<SignUpView> {
    return (await this.upstreams.stations.call(StationVisitsRoutes.markAttendance, { params: { id }, callerToken, body, correlationId }))
      .body;
  }
}
