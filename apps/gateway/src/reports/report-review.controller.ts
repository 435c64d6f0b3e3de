import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  MergeReportDto,
  ReportDuplicatesView,
  ReportDuplicatesViewDto,
  ReportFeedbackDto,
  ReportsRoutes,
  ReportView,
  ReportViewDto,
  ReviewQueuePage,
  ReviewQueuePageDto,
  ReviewQueueQueryDto,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';

/** Staff's side of review beyond confirm and reject (the queue, duplicates and merging), and the reporter's feedback. */
@ApiTags('reports')
@Controller('api/v1')
export class ReportReviewController {
  constructor(private readonly upstreams: Upstreams) {}

  @Get('review-queue')
  @ApiOkResponse({
    type: ReviewQueuePageDto.Output,
    description: "Reports waiting for review in the caller's communities (an admin's: every community), oldest first, with counts",
  })
  @ApiProblems(400, 401, 403, 422)
  async reviewQueue(
    @CallerToken() callerToken: string,
    @Query() query: ReviewQueueQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<ReviewQueuePage> {
    return (await this.upstreams.reports.call(ReportsRoutes.reviewQueue, { callerToken, query, correlationId })).body;
  }

  @Get('reports/:id/duplicates')
  @ApiOkResponse({ type: ReportDuplicatesViewDto.Output, description: 'The report and the open reports it may duplicate, earliest first' })
  @ApiProblems(400, 401, 403, 404)
  @ApiIdParam('report')
  async duplicates(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<ReportDuplicatesView> {
    return (await this.upstreams.reports.call(ReportsRoutes.duplicates, { params: { id }, callerToken, correlationId })).body;
  }

  @Post('reports/:id/merge')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ReportViewDto.Output, description: 'The report, merged into the case it joined' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415)
  @ApiIdParam('report')
  async merge(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MergeReportDto,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return (await this.upstreams.reports.call(ReportsRoutes.merge, { params: { id }, callerToken, body, correlationId })).body;
  }

  @Post('reports/:id/keep-apart')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ReportViewDto.Output, description: 'The report, no longer flagged as a likely duplicate' })
  @ApiProblems(400, 401, 403, 404)
  @ApiIdParam('report')
  async keepApart(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return (await this.upstreams.reports.call(ReportsRoutes.keepApart, { params: { id }, callerToken, correlationId })).body;
  }

  @Post('reports/:id/feedback')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: ReportViewDto.Output,
    description: 'The reporter answers "was it fixed?" for a resolved report: yes closes it; no within the feedback window reopens it',
  })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415)
  @ApiIdParam('report')
  async feedback(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReportFeedbackDto,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return (await this.upstreams.reports.call(ReportsRoutes.feedback, { params: { id }, callerToken, body, correlationId })).body;
  }
}
