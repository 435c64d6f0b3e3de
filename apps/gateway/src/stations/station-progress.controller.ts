import { CallerToken } from '../identity/caller-token.decorator';
import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  DistrictTargetView,
  DistrictTargetViewDto,
  SetDistrictTargetDto,
  StationProgressQueryDto,
  StationProgressView,
  StationProgressViewDto,
  StationsProgressRoutes,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import type { Request, Response } from 'express';
import { answerJsonOrCsv } from '../figures/json-or-csv';
import { ApiJsonOrCsvResponse } from '../openapi/api-json-or-csv.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';
import { progressCsv } from './progress-csv';

@ApiTags('targets and progress')
@Controller('api/v1')
export class StationProgressController {
  constructor(private readonly upstreams: Upstreams) {}

  @Post('station-targets')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: DistrictTargetViewDto.Output, description: "The district's target for the year, replacing any earlier one" })
  @ApiProblems(400, 401, 403)
  async setTarget(
    @CallerToken() callerToken: string,
    @Body() body: SetDistrictTargetDto,
    @CorrelationId() correlationId: string,
  ): Promise<DistrictTargetView> {
    return (await this.upstreams.stations.call(StationsProgressRoutes.setTarget, { callerToken, body, correlationId })).body;
  }

  /** Per district and city-wide; a station counts in every stage it has reached (built includes accepted and operating). */
  @Get('station-progress')
  @ApiJsonOrCsvResponse(StationProgressViewDto.Output, {
    lines: 'one line per district, then `city`',
    columns: 'districtCode,target,planned,underConstruction,built,accepted,operating,suspended,closed',
  })
  @ApiProblems(400, 401, 403)
  async progress(
    @CallerToken() callerToken: string,
    @Query() { year, format }: StationProgressQueryDto,
    @CorrelationId() correlationId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StationProgressView | string> {
    const progress = (await this.upstreams.stations.call(StationsProgressRoutes.progress, { callerToken, query: { year }, correlationId }))
      .body;
    return answerJsonOrCsv(progress, { format, request, response }, `station-progress-${year}.csv`, progressCsv);
  }
}
