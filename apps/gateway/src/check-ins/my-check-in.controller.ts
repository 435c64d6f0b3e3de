import { CallerToken } from '../identity/caller-token.decorator';
import { Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CheckInView, CheckInViewDto, StationVisitsRoutes } from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';

/** The caller's own current check-in: always the caller's, so nobody sees or ends another's. */
@ApiTags('check-ins')
@Controller('api/v1/me/check-in')
export class MyCheckInController {
  constructor(private readonly upstreams: Upstreams) {}

  @Get()
  @ApiOkResponse({ type: CheckInViewDto.Output, description: 'Where the caller is checked in (404 not-checked-in when nowhere)' })
  @ApiProblems(401, 404)
  async current(@CallerToken() callerToken: string, @CorrelationId() correlationId: string): Promise<CheckInView> {
    return (await this.upstreams.stations.call(StationVisitsRoutes.currentCheckIn, { callerToken, correlationId })).body;
  }

  @Post('check-out')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: CheckInViewDto.Output, description: 'The check-in, now ended' })
  @ApiProblems(401, 404)
  async checkOut(@CallerToken() callerToken: string, @CorrelationId() correlationId: string): Promise<CheckInView> {
    return (await this.upstreams.stations.call(StationVisitsRoutes.checkOut, { callerToken, correlationId })).body;
  }
}
