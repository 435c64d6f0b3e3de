import { CallerToken } from '../identity/caller-token.decorator';
import { Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Page } from '@waystation/contracts';
import { MySignUpPageDto, MySignUpView, SignUpsPageQueryDto, SignUpView, SignUpViewDto, StationVisitsRoutes } from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';

/** The caller's own session sign-ups: always the caller's, so nobody sees or cancels another's. */
@ApiTags('sessions')
@Controller('api/v1/me/session-sign-ups')
export class MySessionSignUpsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Get()
  @ApiOkResponse({ type: MySignUpPageDto.Output })
  @ApiProblems(400, 401)
  async mine(
    @CallerToken() callerToken: string,
    @Query() query: SignUpsPageQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<MySignUpView>> {
    return (await this.upstreams.stations.call(StationVisitsRoutes.mySignUps, { callerToken, query, correlationId })).body;
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SignUpViewDto.Output, description: 'The sign-up, cancelled; a place it held goes to the first waiting worker' })
  @ApiProblems(400, 401, 404, 409)
  @ApiIdParam('session')
  async cancel(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<SignUpView> {
    return (await this.upstreams.stations.call(StationVisitsRoutes.cancelSignUp, { params: { id }, callerToken, correlationId })).body;
  }
}
